using System.Text.Json.Nodes;
using Verkruisen.Bot.Approvals.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Teams;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// The approval flow in chat: "vraag goedkeuring" / "ask approval" shows the form; the verdict card's
/// "Vraag goedkeuring" sends the checked draft at once; "Ik twijfel nog" on an answer card opens the form; the
/// approval cards' buttons (approve, reject, withdraw, refresh) come here.
/// </summary>
public sealed class ApprovalsChat(ApprovalService service, ApprovalDecisions decisions)
{
    public ChatReply? TryHandleMessage(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = BotCommands.Find(text);
        if (match?.Command != BotCommands.RequestApproval)
        {
            return null;
        }

        return ChatReply.FromCard(ApprovalCards.Form(language, service.MaxDraftLength, draft: match.Argument.Length > 0 ? match.Argument : null));
    }

    public async Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Verb)
        {
            case GuidelineCards.AskManagerVerb:
                return new CardActionResult.ReplaceCard(ApprovalCards.Form(request.Language, service.MaxDraftLength));
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
                    request.CardActivityId,
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
