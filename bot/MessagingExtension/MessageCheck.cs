using System.Globalization;
using System.Text.Json.Nodes;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// The "check this message" action. Opening it shows the draft-check form in a dialog, prefilled with the selected
/// message's text (or saying clearly that the message has no text to check). The dialog's buttons come back as
/// card actions and go through the bot's usual card-action handling (check, check another, request approval), so
/// the dialog shows the same verdict card as the chat, plus a button that inserts the verdict into the conversation.
/// </summary>
public sealed class MessageCheck(DraftChecker checker)
{
    /// <summary>The dialog button that inserts the verdict card (without buttons) into the compose box.</summary>
    public const string InsertVerdictVerb = "msgext.insert-verdict";

    private static readonly string[] InputKeys =
        [DraftCheckVerbs.DraftKey, DraftCheckVerbs.PlatformKey, DraftCheckVerbs.PhotosKey, DraftCheckVerbs.AccountKey, DraftCheckVerbs.RoleKey];

    /// <summary>The form dialog; <paramref name="message"/> is null when opened from the compose box.</summary>
    public MessagingExtensionReply Open(MessageContent? message, Language language)
    {
        var t = MessagingExtensionTexts.For(language);
        var max = checker.MaxDraftLength;
        var notice = message switch
        {
            null => null,
            { HasText: false } => t.NoText,
            { Text.Length: var length } when length > max =>
                string.Format(CultureInfo.InvariantCulture, DraftCheckTexts.For(language).TooLong, length, max),
            { HasMedia: true } => t.AlsoImages,
            _ => null,
        };
        var form = DraftCheckFormCard.Create(language, max, notice, message is { HasText: true } ? message.Text : null);
        return new MessagingExtensionReply.Dialog(t.DialogTitle, DialogCards.ForDialog(form));
    }

    /// <summary>A button pressed in the dialog. A submit without a verb is the form's check.</summary>
    public async Task<MessagingExtensionReply> SubmitAsync(
        CardActionRequest request, Func<CardActionRequest, CancellationToken, Task<CardActionResult>> handleCardAction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handleCardAction);
        if (request.Verb == InsertVerdictVerb)
        {
            return Insert(request);
        }

        var t = MessagingExtensionTexts.For(request.Language);
        var action = request.Verb.Length == 0 ? request with { Verb = DraftCheckVerbs.Check } : request;
        var result = await handleCardAction(action, cancellationToken);
        return result switch
        {
            CardActionResult.ReplaceCard { Card: var card } when action.Verb == DraftCheckVerbs.Check && IsVerdict(card) =>
                new MessagingExtensionReply.Dialog(t.DialogTitle, DialogCards.ForDialog(WithInsertButton(card, action, t))),
            CardActionResult.ReplaceCard r => new MessagingExtensionReply.Dialog(t.DialogTitle, DialogCards.ForDialog(r.Card)),
            CardActionResult.SendMessage { Reply.Card: { } card } => new MessagingExtensionReply.Dialog(t.DialogTitle, DialogCards.ForDialog(card)),
            CardActionResult.SendMessage m => new MessagingExtensionReply.DialogMessage(m.Reply.Text ?? m.Notice),
            CardActionResult.Message m => new MessagingExtensionReply.DialogMessage(m.Text),
            CardActionResult.Failure f => new MessagingExtensionReply.DialogMessage(f.Text),
            _ => throw new InvalidOperationException("Unknown card action result."),
        };
    }

    /// <summary>The verdict again (the check is pure), as a card without buttons for everyone in the conversation.</summary>
    private MessagingExtensionReply Insert(CardActionRequest request)
    {
        var (context, error) = DraftContextParser.Parse(
            request.Get(DraftCheckVerbs.PlatformKey),
            bool.TryParse(request.Get(DraftCheckVerbs.PhotosKey), out var photos) ? photos : null,
            request.Get(DraftCheckVerbs.AccountKey),
            request.Get(DraftCheckVerbs.RoleKey));
        var draft = request.Get(DraftCheckVerbs.DraftKey) ?? "";
        var result = context is null ? null : checker.Check(draft, context, request.Language);
        if (result?.Verdict is not { } verdict)
        {
            return new MessagingExtensionReply.DialogMessage(error ?? DraftCheckTexts.For(request.Language).Empty);
        }

        var card = DraftCheckVerdictCard.Create(result, draft, context!, request.Language) with { Actions = null };
        var texts = DraftCheckTexts.For(request.Language);
        return new MessagingExtensionReply.Insert(card, texts.VerdictName(verdict), texts.VerdictExplained(verdict));
    }

    /// <summary>A card with inputs is a form (the draft was empty or too long); without, it is the verdict.</summary>
    private static bool IsVerdict(AdaptiveCard card) => !card.Body.OfType<CardInput>().Any();

    private static AdaptiveCard WithInsertButton(AdaptiveCard card, CardActionRequest request, MessagingExtensionTexts t)
    {
        var data = new JsonObject();
        foreach (var key in InputKeys)
        {
            data[key] = request.Get(key);
        }

        return card with { Actions = [.. card.Actions ?? [], ExecuteAction.Create(t.InsertVerdict, InsertVerdictVerb, data)] };
    }
}
