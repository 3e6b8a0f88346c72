using System.Text.Json.Nodes;
using Verkruisen.Bot.Approvals.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// The approval flow in chat: "vraag goedkeuring" / "ask approval" shows the form; the verdict card's
/// "Vraag goedkeuring" sends the checked draft at once (the verdict stays; the status card follows); "Ik twijfel nog"
/// on an answer card sends the question itself to the manager, elsewhere it opens the question form; the approval
/// cards' buttons (approve, reject, reply, withdraw, refresh) come here.
/// </summary>
public sealed class ApprovalsChat(ApprovalService service, ApprovalDecisions decisions) : IChatFeature
{
    public Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Is(ChatCommands.RequestApproval))
        {
            return Task.FromResult<ChatReply?>(null);
        }

        var argument = message.Command!.Argument;
        return Task.FromResult<ChatReply?>(ChatReply.FromCard(ApprovalCards.Form(message.Language, service.MaxDraftLength, draft: argument.Length > 0 ? argument : null)));
    }

    public async Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Verb)
        {
            case GuidelineCards.AskManagerVerb when request.Get(ApprovalVerbs.QuestionKey) is { Length: > 0 } question:
                // "Ik twijfel nog" on an answer: the question itself, with the bot's answer and rules, goes to the manager.
                return await service.CreateQuestionAsync(
                    request.User, question, request.Get(ApprovalVerbs.AnswerKey) ?? "", request.Get(ApprovalVerbs.RulesKey) ?? "", request.Language, null, cancellationToken);
            case GuidelineCards.AskManagerVerb:
                return CardActionResult.SendMessage.Card(QuestionCards.Form(request.Language), request.Language);
            case ApprovalVerbs.AskQuestion:
                return await service.CreateQuestionAsync(
                    request.User, request.Get(ApprovalVerbs.QuestionKey) ?? "", "", "", request.Language, request.CardActivityId ?? "", cancellationToken);
            case ApprovalVerbs.Reply:
                return await decisions.DecideAsync(request, ApprovalStatus.Answered, cancellationToken);
            case ApprovalVerbs.Request:
            case DraftCheckVerbs.RequestApproval:
                var context = new DraftContext(
                    Platform: Blank(request.Get(ApprovalVerbs.PlatformKey)),
                    Photos: Flag(request.Data, ApprovalVerbs.PhotosKey),
                    Account: request.Get(DraftCheckVerbs.AccountKey) switch { "personal" => AccountKind.Personal, "school" => AccountKind.School, _ => AccountKind.Unknown },
                    Role: AuthorRoles.Parse(request.Get(DraftCheckVerbs.RoleKey)) ?? AuthorRole.Unknown);
                return await service.CreateAsync(
                    request.User,
                    request.Get(ApprovalVerbs.DraftKey) ?? "",
                    context,
                    request.Get(ApprovalVerbs.QuestionKey) ?? "",
                    request.Language,
                    request.Verb == ApprovalVerbs.Request ? request.CardActivityId ?? "" : null, // the form becomes the status card; a verdict stays
                    cancellationToken);
            case ApprovalVerbs.Approve:
                return await decisions.DecideAsync(request, ApprovalStatus.Approved, cancellationToken);
            case ApprovalVerbs.Reject:
                return await decisions.DecideAsync(request, ApprovalStatus.Rejected, cancellationToken);
            case ApprovalVerbs.Withdraw:
                return await decisions.WithdrawAsync(request, cancellationToken);
            case ApprovalVerbs.Refresh:
                return await decisions.RefreshAsync(request, cancellationToken);
            default:
                return null;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    /// <summary>A toggle's value as a bool, whether the client sent a JSON boolean or a string; null when absent.</summary>
    private static bool? Flag(JsonObject data, string key) =>
        data.TryGetPropertyValue(key, out var node) && node is JsonValue value
            ? value.TryGetValue<bool>(out var b) ? b
                : value.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) ? parsed : null
            : null;
}
