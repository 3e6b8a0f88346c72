using System.Text.RegularExpressions;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>A grade written as a number ("een 3 voor rekenen", "a 4 for maths", "een 5,5"): a pupil's result.</summary>
internal sealed partial class GradeDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        foreach (Match match in Grade().Matches(facts.Draft.Text))
        {
            LexiconDetector.JudgePersonal(facts, "pupil-results", null, FindingSeverity.AskManager, match.Index, match.Index + match.Length);
        }
    }

    [GeneratedRegex(@"\b(?:een|a|an)\s+(?:10|[1-9])(?:[.,]\d)?\s+(?:voor|op|gehaald|gescoord|for|on|in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grade();
}
