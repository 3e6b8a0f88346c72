using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// The week's questions: how many, by the rule their answer rests on (most asked first), the ones the bot could not
/// answer (their text, at most a few), and answers marked unhelpful (by rule; their text is never stored). The
/// protocol's sections are the choices the director has for an unanswered question.
/// </summary>
public sealed record QuestionSummary(
    int Asked,
    int OutOfScope,
    IReadOnlyList<RuleCount> ByRule,
    int Unanswered,
    IReadOnlyList<UnansweredQuestion> UnansweredQuestions,
    int Unhelpful,
    IReadOnlyList<RuleCount> UnhelpfulByRule,
    IReadOnlyList<ProtocolSection> Sections)
{
    /// <summary>The quoted texts of <see cref="UnansweredQuestions"/>, in order.</summary>
    public IReadOnlyList<string> UnansweredTexts => [.. UnansweredQuestions.Select(u => u.Text)];

    /// <summary>The most asked-about rules (ties in the protocol's order).</summary>
    public IEnumerable<RuleCount> TopTopics(int count) => ByRule.Take(count);
}

/// <summary>
/// A question the bot could not answer, as the digest quotes it (first names masked), with its log id and the sections
/// it most likely belongs to (best first): the director can say which one it is.
/// </summary>
public sealed record UnansweredQuestion(string QuestionId, string Text, IReadOnlyList<ProtocolSection> Likely);

/// <summary>How often a rule came up, with its title as the guidelines data has it.</summary>
public sealed record RuleCount(string RuleId, LocalizedText Title, int Count);
