using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.DraftCheck.Lexicons;

/// <summary>
/// A list of terms (a context group or a category's words), matched together. The terms are indexed by their first
/// stem and first word, so a draft is read once per set rather than once per term; the few whose first word has a
/// wildcard are tried at every word.
/// </summary>
internal sealed class TermSet
{
    private readonly Term[] terms;
    private readonly Dictionary<string, int[]> byFirstStem;
    private readonly Dictionary<string, int[]> byFirstWord;
    private readonly int[] wild;

    public TermSet(IReadOnlyList<Term> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        this.terms = [.. terms];
        var exact = Enumerable.Range(0, this.terms.Length).Where(t => !this.terms[t].WildFirst).ToList();
        byFirstStem = Index(exact.Where(t => this.terms[t].HasStems), stemmed: true);
        byFirstWord = Index(exact, stemmed: false);
        wild = [.. Enumerable.Range(0, this.terms.Length).Where(t => this.terms[t].WildFirst)];
    }

    public static TermSet Empty { get; } = new([]);

    public static TermSet Create(IEnumerable<string> entries, TextAnalyzer analyzer, Language language) =>
        new([.. entries.Select(e => Term.Create(e, analyzer, language)).OfType<Term>()]);

    /// <summary>Every match in the draft, each span once, in order.</summary>
    public IReadOnlyList<TermMatch> Matches(AnalyzedDraft draft) => draft.Cached(this, () => Find(draft));

    public bool Any(AnalyzedDraft draft) => Matches(draft).Count > 0;

    /// <summary>Whether a term matches at the word with this index.</summary>
    public bool MatchesWord(AnalyzedDraft draft, int word) => Matches(draft).Any(m => m.Word == word);

    /// <summary>
    /// The matches on stems, then on words. Where two spans start at the same place, the one of the earlier term
    /// (stems before words) comes first, and a span found twice is kept once.
    /// </summary>
    private List<TermMatch> Find(AnalyzedDraft draft)
    {
        var found = new List<(int Term, bool OnWords, int At)>();
        Collect(draft.Stems, stemmed: true, byFirstStem, found);
        Collect(draft.Words, stemmed: false, byFirstWord, found);
        if (found.Count == 0)
        {
            return [];
        }

        found.Sort();
        return [.. found
            .Select(f =>
            {
                var tokens = f.OnWords ? draft.Words : draft.Stems;
                var start = tokens[f.At].Start;
                return new TermMatch(start, tokens[f.At + terms[f.Term].Length - 1].End, draft.WordAt(start));
            })
            .DistinctBy(m => (m.Start, m.End))
            .OrderBy(m => m.Start)];
    }

    private void Collect(IReadOnlyList<TextToken> tokens, bool stemmed, Dictionary<string, int[]> index, List<(int Term, bool OnWords, int At)> found)
    {
        for (var at = 0; at < tokens.Count; at++)
        {
            if (index.TryGetValue(tokens[at].Term, out var candidates))
            {
                Try(candidates, tokens, at, stemmed, found);
            }

            Try(wild, tokens, at, stemmed, found);
        }
    }

    private void Try(int[] candidates, IReadOnlyList<TextToken> tokens, int at, bool stemmed, List<(int Term, bool OnWords, int At)> found)
    {
        foreach (var t in candidates)
        {
            if ((!stemmed || terms[t].HasStems) && terms[t].MatchesAt(tokens, at, stemmed))
            {
                found.Add((t, !stemmed, at));
            }
        }
    }

    private Dictionary<string, int[]> Index(IEnumerable<int> indices, bool stemmed) =>
        indices.GroupBy(t => terms[t].First(stemmed), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
