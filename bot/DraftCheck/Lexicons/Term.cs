using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.DraftCheck.Lexicons;

/// <summary>
/// One lexicon entry, analysed once. It matches the draft's stems (so inflections match) when no word of it is a
/// stop word, and otherwise its exact folded words. A leading or trailing '*' matches compounds ("*foto":
/// klassenfoto) or word starts.
/// </summary>
internal sealed class Term
{
    private readonly string[] words;
    private readonly string[]? stems;
    private readonly bool suffix;
    private readonly bool prefix;

    private Term(string[] words, string[]? stems, bool suffix, bool prefix)
    {
        this.words = words;
        this.stems = stems;
        this.suffix = suffix;
        this.prefix = prefix;
    }

    public static Term? Create(string entry, TextAnalyzer analyzer, Language language)
    {
        var suffix = entry.StartsWith('*');
        var prefix = entry.EndsWith('*');
        var bare = entry.Trim('*');
        var words = analyzer.Words(bare).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        var stems = analyzer.Stems(bare, language).ToArray();
        return new Term(words, stems.Length == words.Length ? stems : null, suffix, prefix);
    }

    public IEnumerable<TermMatch> Matches(AnalyzedDraft draft)
    {
        if (stems is not null)
        {
            foreach (var match in Find(draft.Stems, stems, draft))
            {
                yield return match;
            }
        }

        foreach (var match in Find(draft.Words, words, draft))
        {
            yield return match;
        }
    }

    private IEnumerable<TermMatch> Find(IReadOnlyList<TextToken> tokens, string[] sought, AnalyzedDraft draft)
    {
        for (var i = 0; i + sought.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < sought.Length && all; j++)
            {
                all = Same(tokens[i + j].Term, sought[j], j == 0, j == sought.Length - 1);
            }

            if (all)
            {
                var start = tokens[i].Start;
                yield return new TermMatch(start, tokens[i + sought.Length - 1].End, draft.WordAt(start));
            }
        }
    }

    private bool Same(string token, string sought, bool first, bool last)
    {
        if (suffix && first && token.EndsWith(sought, StringComparison.Ordinal))
        {
            return true;
        }

        return prefix && last ? token.StartsWith(sought, StringComparison.Ordinal) : token == sought;
    }
}
