using System.Text.RegularExpressions;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// A grade written as a number ("een 3 voor rekenen", "a 4 for maths", "een 5,5") or a Cito level ("een E op
/// begrijpend lezen", "een IV-score"): a pupil's result.
/// </summary>
internal sealed partial class GradeDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        foreach (Match match in Grade().Matches(facts.Draft.Text).Concat(CitoLevel().Matches(facts.Draft.Text)))
        {
            LexiconDetector.JudgePersonal(facts, "pupil-results", null, FindingSeverity.AskManager, match.Index, match.Index + match.Length);
        }
    }

    [GeneratedRegex(@"\b(?:een|a|an)\s+(?:10|[1-9])(?:[.,]\d)?\s+(?:voor|op|gehaald|gescoord|for|on|in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grade();

    [GeneratedRegex(@"\b(?:een|an?)\s+(?:[A-E]|I{1,3}|IV|V)(?:-score)?\s+(?:voor|op|in|for|on)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CitoLevel();
}
