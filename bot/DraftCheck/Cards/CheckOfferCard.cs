using System.Text.Json.Nodes;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck.Cards;

/// <summary>
/// A pasted text that reads like a post: "Wil je dat ik dit bericht controleer?", with the check one click away (the
/// text rides in the button's data, so nothing is stored) and, should it be a question after all, the answer.
/// </summary>
public static class CheckOfferCard
{
    /// <summary>The verb of "it was a question": the guidelines feature answers the text in <see cref="QuestionKey"/>.</summary>
    public const string AskAsQuestionVerb = "guidelines.ask";

    public const string QuestionKey = "question";

    public static AdaptiveCard Create(string text, Language language, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var heading = language.Pick("Wil je dat ik dit bericht controleer?", "Do you want me to check this post?");
        var intro = language.Pick(
            "Dit lijkt op een bericht om te plaatsen. Ik kan het toetsen aan het social-media-protocol: mag het, twijfel, of niet plaatsen. Volgende keer kan het ook direct met controleer: gevolgd door je tekst.",
            "This looks like a post to publish. I can check it against the social media protocol: fine, in doubt, or do not post. Next time you can also type check: followed by your text.");
        var draft = text.Trim();
        List<CardAction> actions =
        [
            ExecuteAction.Create(language.Pick("Controleer dit bericht", "Check this post"), DraftCheckVerbs.Check,
                new JsonObject { [DraftCheckVerbs.DraftKey] = CardText.Truncate(draft, maxLength) }, "positive"),
            ExecuteAction.Create(language.Pick("Nee, het is een vraag", "No, it is a question"), AskAsQuestionVerb,
                new JsonObject { [QuestionKey] = CardText.Truncate(draft, maxLength) }),
        ];
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = heading,
            Body = [TextBlock.Heading(heading), new TextBlock(intro)],
            Actions = actions,
        };
    }
}
