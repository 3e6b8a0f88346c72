using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The answer to a question as plain text (the command line, a card's fallback text).</summary>
public static class AnswerText
{
    public static string Of(QuestionResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = GuidelineTexts.For(language);
        return result.Kind switch
        {
            QuestionKind.Help => t.HelpHint,
            QuestionKind.OutOfScope => t.OutOfScope,
            _ when !result.Confident => t.NotSure + " " + t.MaybeAbout + " " + string.Join("; ", result.Cited.Select(c => t.Label(c.Section, language))) + ".",
            _ => string.Join(" ", result.Cited.Take(1).Select(c => c.Section.Answer.In(language)))
                + " (" + string.Join("; ", result.Cited.Select(c => t.Label(c.Section, language))) + ")",
        };
    }
}
