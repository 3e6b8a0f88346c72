using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// The week's questions: how many, by the rule their answer rests on (most asked first), the ones the bot could not
/// answer (their text, at most a few), and answers marked unhelpful (by rule; their text is never stored).
/// </summary>
public sealed record QuestionSummary(
    int Asked,
    int OutOfScope,
    IReadOnlyList<RuleCount> ByRule,
    int Unanswered,
    IReadOnlyList<string> UnansweredTexts,
    int Unhelpful,
    IReadOnlyList<RuleCount> UnhelpfulByRule)
{
    /// <summary>The most asked-about rules (ties in the protocol's order).</summary>
    public IEnumerable<RuleCount> TopTopics(int count) => ByRule.Take(count);
}

/// <summary>How often a rule came up, with its title as the guidelines data has it.</summary>
public sealed record RuleCount(string RuleId, LocalizedText Title, int Count);
