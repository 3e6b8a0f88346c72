using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// What the lexical engine says about a question: the kind its word lists point to, every section ranked, its
/// confidence (0 unless the kind is Answer), the language of the words (null when too short to tell), how specific
/// the question is (0..1: "mag ik dit posten?" is not), and whether the question named nothing but platforms
/// ("TikTok?", which is the scope section).
/// </summary>
public sealed record LexicalResult(QuestionKind Kind, IReadOnlyList<RankedSection> Ranked, double Confidence, Language? Language, double Specificity, bool PlatformsOnly = false);
