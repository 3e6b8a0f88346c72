using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Chat;

/// <summary>
/// What a person sees when an action needs storage and storage cannot be reached: what happened, that nothing changed,
/// and what to do. For a button, the card keeps a "try again" button with the same verb and data, so nothing typed is lost.
/// </summary>
public static class StorageUnavailable
{
    public static AdaptiveCard Card(Language language, CardActionRequest? retry = null)
    {
        var title = language.Pick("Even geen opslag", "Storage unavailable");
        var text = language.Pick(
            "Ik kan je gegevens nu niet opslaan of ophalen: de opslag van de bot is tijdelijk onbereikbaar. Er is niets veranderd en niets verstuurd.",
            "I cannot save or read your data right now: the bot's storage is temporarily unreachable. Nothing changed and nothing was sent.");
        var advice = retry is null
            ? language.Pick("Stuur je bericht over een paar minuten opnieuw.", "Please send your message again in a few minutes.")
            : language.Pick("Probeer het over een paar minuten opnieuw met de knop hieronder.", "Please try again in a few minutes with the button below.");
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = text + " " + advice,
            Speak = title,
            Body = [TextBlock.Heading(title), new TextBlock(text), new TextBlock(advice)],
            Actions = retry is null
                ? null
                : [ExecuteAction.Create(language.Pick("Opnieuw proberen", "Try again"), retry.Verb, (System.Text.Json.Nodes.JsonObject)retry.Data.DeepClone())],
        };
    }
}
