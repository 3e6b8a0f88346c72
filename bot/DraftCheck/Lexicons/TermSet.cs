using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.DraftCheck.Lexicons;

/// <summary>A list of terms (a context group or a category's words), matched together.</summary>
internal sealed class TermSet(IReadOnlyList<Term> terms)
{
    public static TermSet Empty { get; } = new([]);

    public static TermSet Create(IEnumerable<string> entries, TextAnalyzer analyzer, Language language) =>
        new([.. entries.Select(e => Term.Create(e, analyzer, language)).OfType<Term>()]);

    /// <summary>Every match in the draft, each span once, in order.</summary>
    public IReadOnlyList<TermMatch> Matches(AnalyzedDraft draft) => draft.Cached(this, () =>
        [.. terms.SelectMany(t => t.Matches(draft)).DistinctBy(m => (m.Start, m.End)).OrderBy(m => m.Start)]);

    public bool Any(AnalyzedDraft draft) => Matches(draft).Count > 0;

    /// <summary>Whether a term matches at the word with this index.</summary>
    public bool MatchesWord(AnalyzedDraft draft, int word) => Matches(draft).Any(m => m.Word == word);
}
