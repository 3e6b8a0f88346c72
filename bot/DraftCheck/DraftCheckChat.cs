using System.Text.RegularExpressions;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.DraftCheck.Cards;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>
/// The draft check in chat: "controleer: &lt;tekst&gt;" / "check: &lt;text&gt;" returns a verdict card, a bare
/// "controleer" the form, "controleer als stagiair: ..." / "check as support: ..." says the author's role, a text
/// that reads like a post (<see cref="PostShape"/>) the offer to check it; the form's and verdict card's buttons come
/// back here. Every check is recorded (never the text; who checked as a pseudonymous key); a storage failure does not
/// cost the teacher their verdict.
/// </summary>
public sealed partial class DraftCheckChat(DraftChecker checker, DraftCheckStore store, ILogger<DraftCheckChat> logger) : IChatFeature
{
    public Task<ChatReply?> TryHandleMessageAsync(string text, ChatUser user, Language language, CancellationToken cancellationToken) =>
        TryHandleMessageAsync(ChatMessage.Of(text, user, language), cancellationToken);

    public async Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Is(ChatCommands.Check))
        {
            // A post pasted without "controleer:": offer the check instead of answering it as a question.
            return message.Command is null && PostShape.LooksLikePost(message.Text)
                ? ChatReply.FromCard(CheckOfferCard.Create(message.Text, message.Language, checker.MaxDraftLength))
                : null;
        }

        var language = message.Language;
        var draft = message.Command!.Argument;
        var context = DraftContext.Unknown;
        if (AsRole().Match(draft) is { Success: true } said && AuthorRoles.Parse(said.Groups["role"].Value) is { } role and not AuthorRole.Unknown)
        {
            // "controleer als stagiair: ...", "check as support: ...": the role the author writes in.
            context = new DraftContext(Role: role);
            draft = draft[said.Length..].Trim();
        }

        if (draft.Length == 0)
        {
            return ChatReply.FromCard(DraftCheckFormCard.Create(language, checker.MaxDraftLength));
        }

        var card = await CheckAsync(draft, context, message.User, language, cancellationToken);
        return ChatReply.FromCard(card);
    }

    public async Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        switch (request.Verb)
        {
            case DraftCheckVerbs.Form:
                return CardActionResult.SendMessage.Card(DraftCheckFormCard.Create(language, checker.MaxDraftLength), language);
            case DraftCheckVerbs.Check:
                var (context, error) = DraftContextParser.Parse(
                    request.Get(DraftCheckVerbs.PlatformKey),
                    bool.TryParse(request.Get(DraftCheckVerbs.PhotosKey), out var photos) ? photos : null,
                    request.Get(DraftCheckVerbs.AccountKey),
                    request.Get(DraftCheckVerbs.RoleKey));
                if (context is null)
                {
                    return new CardActionResult.Failure(400, "InvalidInput", error!);
                }

                return new CardActionResult.ReplaceCard(await CheckAsync(request.Get(DraftCheckVerbs.DraftKey) ?? "", context, request.User, language, cancellationToken));
            default:
                return null;
        }
    }

    private async Task<Verkruisen.Bot.Cards.AdaptiveCard> CheckAsync(string draft, DraftContext context, ChatUser user, Language language, CancellationToken cancellationToken)
    {
        var result = checker.Check(draft, context, language);
        var t = DraftCheckTexts.For(language);
        switch (result.Status)
        {
            case DraftCheckStatus.Empty:
                return DraftCheckFormCard.Create(language, checker.MaxDraftLength, t.Empty);
            case DraftCheckStatus.TooLong:
                return DraftCheckFormCard.Create(language, checker.MaxDraftLength, CommandLine.ReadableVerdict.TooLong(result, t));
        }

        Log.Checked(logger, result.Verdict!.Value.ToWire(), result.Findings.Count, result.Length);
        try
        {
            await store.RecordAsync(result, context, Privacy.UserKey.Of(user), cancellationToken);
        }
        catch (Exception e) when (StorageFailure.Is(e, cancellationToken))
        {
            Log.RecordFailed(logger, StorageFailure.StatusOf(e), Hosting.RedactedException.Of(e));
        }

        return DraftCheckVerdictCard.Create(result, draft, context, language);
    }

    [GeneratedRegex(@"^(?:als|as)\s+(?:een\s+|de\s+|an?\s+|the\s+)?(?<role>[\p{L}'’\- ]{3,30}?)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsRole();

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Draft checked: {Verdict}, {FindingCount} findings, {Length} characters")]
        public static partial void Checked(ILogger logger, string verdict, int findingCount, int length);

        [LoggerMessage(2, LogLevel.Warning, "Recording a draft check failed with status {Status}")]
        public static partial void RecordFailed(ILogger logger, int status, Exception exception);
    }
}
