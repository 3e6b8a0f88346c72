using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The engine's verdict on a question. <see cref="Cited"/> are the sections the answer rests on, most relevant
/// first (empty unless <see cref="Kind"/> is Answer); <see cref="Ranked"/> is every section that matched at all.
/// <see cref="Confident"/> false means: in scope, but the bot is not sure, so it says so and points to rule 8.
/// <see cref="Language"/> is the language the question is written in, null when it is too short to tell: the
/// answer is in that language, whatever the client's locale (<see cref="LanguageOr"/>).
/// </summary>
public sealed record QuestionResult(
    QuestionKind Kind,
    IReadOnlyList<RankedSection> Cited,
    IReadOnlyList<RankedSection> Ranked,
    double Confidence,
    bool Confident,
    Language? Language)
{
    public IEnumerable<string> RuleIds => Cited.Select(c => c.Section.Id);

    /// <summary>The language to answer in: the question's, or <paramref name="locale"/> when the text is too short to tell.</summary>
    public Language LanguageOr(Language locale) => Language ?? locale;
}

/// <summary>A section and its score for a question (0..1).</summary>
public sealed record RankedSection(ProtocolSection Section, double Score);
