using System.Text.Json.Nodes;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The cards of the guidelines feature: an answer (or "not sure"), out of scope, and the whole protocol.</summary>
public static class GuidelineCards
{
    public const string ShowProtocolVerb = "guidelines.protocol";
    public const string AskManagerVerb = "guidelines.ask-manager";
    public const string FeedbackVerb = "guidelines.feedback";

    /// <summary>
    /// The answer card, or the "not sure" card when the engine is not confident. "Ik twijfel nog" carries the
    /// <paramref name="question"/>, the answer and its rules, so the manager gets all three.
    /// </summary>
    public static AdaptiveCard Answer(QuestionResult result, string questionId, Language language, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = GuidelineTexts.For(language);
        var text = AnswerText.Of(result, language);
        List<CardElement> body = result.Confident
            ? [TextBlock.Heading(t.AnswerHeading), new TextBlock(result.Cited[0].Section.Answer.In(language)), .. result.Cited.SelectMany(c => Quote(c.Section, language, t))]
            : [TextBlock.Heading(t.NotSureHeading), new TextBlock(t.NotSure), new TextBlock(t.MaybeAbout) { Weight = "Bolder", Spacing = "Medium" },
                .. result.Cited.Select(c => (CardElement)new TextBlock("• " + CardText.Escape(t.Label(c.Section, language))))];
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = text,
            Speak = text,
            Body = body,
            Actions =
            [
                ExecuteAction.Create(t.AskManagerButton, AskManagerVerb, AskManagerData(result, question, text), "positive"),
                ExecuteAction.Create(t.ShowProtocolButton, ShowProtocolVerb),
                ExecuteAction.Create(t.HelpfulButton, FeedbackVerb, Feedback(questionId, helpful: true)),
                ExecuteAction.Create(t.NotHelpfulButton, FeedbackVerb, Feedback(questionId, helpful: false)),
            ],
        };
    }

    /// <summary>"I only answer questions about the protocol": no rule is guessed.</summary>
    public static AdaptiveCard OutOfScope(Language language)
    {
        var t = GuidelineTexts.For(language);
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.OutOfScope,
            Body = [TextBlock.Heading(t.OutOfScopeHeading), new TextBlock(t.OutOfScope)],
            Actions =
            [
                ExecuteAction.Create(DraftCheck.DraftCheckTexts.For(language).FormTitle, DraftCheck.DraftCheckVerbs.Form),
                ExecuteAction.Create(t.ShowProtocolButton, ShowProtocolVerb),
            ],
        };
    }

    /// <summary>The whole protocol, every section quoted (with the English translation for English readers).</summary>
    public static AdaptiveCard WholeProtocol(Protocol protocol, Language language)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var t = GuidelineTexts.For(language);
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.ProtocolTitle,
            Body = [TextBlock.Heading(t.ProtocolTitle), .. protocol.Sections.SelectMany(s => Quote(s, language, t))],
            Actions = [ExecuteAction.Create(t.AskManagerButton, AskManagerVerb)],
        };
    }

    /// <summary>A section's label and its verbatim Dutch text, escaped (with the English translation for English readers).</summary>
    public static IEnumerable<CardElement> Quote(ProtocolSection section, Language language) =>
        Quote(section, language, GuidelineTexts.For(language));

    private static IEnumerable<CardElement> Quote(ProtocolSection section, Language language, GuidelineTexts t)
    {
        yield return new TextBlock(CardText.Escape(t.Label(section, language))) { Weight = "Bolder", Spacing = "Medium", Separator = true };
        List<CardElement> items = [new TextBlock(CardText.Escape(section.Original.Nl)) { IsSubtle = language == Language.En }];
        if (language == Language.En)
        {
            items.Add(new TextBlock(CardText.Escape(section.Original.En)));
            items.Add(new TextBlock(t.TranslationNote) { IsSubtle = true, Size = "Small" });
        }

        yield return new Container(items) { Style = "emphasis" };
    }

    private static JsonObject? AskManagerData(QuestionResult result, string? question, string answer) =>
        string.IsNullOrWhiteSpace(question)
            ? null
            : new JsonObject
            {
                ["question"] = CardText.Truncate(question.Trim(), 1000),
                ["answer"] = CardText.Truncate(answer, 1000),
                ["rules"] = string.Join(',', result.RuleIds),
            };

    private static JsonObject Feedback(string questionId, bool helpful) => new()
    {
        ["questionId"] = questionId,
        ["helpful"] = helpful,
    };
}
