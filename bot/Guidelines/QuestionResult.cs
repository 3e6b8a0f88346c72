using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The engine's verdict on a question. <see cref="Cited"/> are the sections the answer rests on, most relevant
/// first (empty unless <see cref="Kind"/> is Answer); <see cref="Ranked"/> is every section that matched at all.
/// <see cref="Confident"/> false means: in scope, but the bot is not sure, so it says so and points to rule 8.
/// </summary>
public sealed record QuestionResult(
    QuestionKind Kind,
    IReadOnlyList<RankedSection> Cited,
    IReadOnlyList<RankedSection> Ranked,
    double Confidence,
    bool Confident,
    Language Language)
{
    public IEnumerable<string> RuleIds => Cited.Select(c => c.Section.Id);
}

/// <summary>A section and its score for a question (0..1).</summary>
public sealed record RankedSection(ProtocolSection Section, double Score);
