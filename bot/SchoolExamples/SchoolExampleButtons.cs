using System.Globalization;
using System.Text.Json.Nodes;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>
/// The buttons under an unanswered question in the digest: one per likely section, "buiten het protocol", and
/// "andere regel…", which opens a list of every section (for when none of the likely ones is right).
/// </summary>
public static class SchoolExampleButtons
{
    public static ActionSet For(UnansweredQuestion question, IReadOnlyList<ProtocolSection> sections, Language language)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sections);
        var t = SchoolExampleTexts.For(language);
        var buttons = question.Likely
            .Select(s => (CardAction)Button(question.QuestionId, s.Id, Title(s, t, language)))
            .Append(Button(question.QuestionId, LearnedExample.OutOfScope, t.OutOfScope))
            .Append(Other(question, sections, t, language));
        return new ActionSet([.. buttons]);
    }

    /// <summary>The id of the "andere regel" list of a question (unique in the card: one list per question).</summary>
    public static string ChoiceId(string questionId) => SchoolExampleVerbs.LabelKey + ":" + questionId;

    private static ShowCardAction Other(UnansweredQuestion question, IReadOnlyList<ProtocolSection> sections, SchoolExampleTexts t, Language language)
    {
        var guidelines = GuidelineTexts.For(language);
        return new ShowCardAction
        {
            Title = t.Other,
            Card = new AdaptiveCard
            {
                Language = language,
                Body =
                [
                    new ChoiceSetInput
                    {
                        Id = ChoiceId(question.QuestionId),
                        Label = t.OtherLabel,
                        IsRequired = true,
                        ErrorMessage = t.OtherLabel,
                        Style = "compact",
                        Choices = [.. sections.Select(s => new Choice(guidelines.Label(s, language), s.Id))],
                    },
                ],
                Actions = [ExecuteAction.Create(t.Save, SchoolExampleVerbs.Assign, new JsonObject { [SchoolExampleVerbs.QuestionIdKey] = question.QuestionId }) with { AssociatedInputs = "auto" }],
            },
        };
    }

    /// <summary>"regel 4" or the section's title ("Doel van het protocol"), as the saved message names it.</summary>
    public static string Name(ProtocolSection section, Language language)
    {
        ArgumentNullException.ThrowIfNull(section);
        return char.IsAsciiDigit(section.Id[0])
            ? language.Pick("regel ", "rule ") + section.Id
            : section.Title.In(language);
    }

    private static string Title(ProtocolSection section, SchoolExampleTexts t, Language language) =>
        char.IsAsciiDigit(section.Id[0])
            ? string.Format(CultureInfo.InvariantCulture, t.BelongsToRule, section.Id)
            : string.Format(CultureInfo.InvariantCulture, t.BelongsTo, section.Title.In(language));

    private static ExecuteAction Button(string questionId, string label, string title) =>
        ExecuteAction.Create(title, SchoolExampleVerbs.Assign, new JsonObject
        {
            [SchoolExampleVerbs.QuestionIdKey] = questionId,
            [SchoolExampleVerbs.LabelKey] = label,
        });
}
