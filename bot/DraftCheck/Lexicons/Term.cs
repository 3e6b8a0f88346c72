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

    /// <summary>Whether it matches on stems (no word of it is a stop word); otherwise only on words.</summary>
    public bool HasStems => stems is not null;

    /// <summary>Its first word carries a wildcard ("*foto", "leerling*"): it may match whatever word starts a stretch.</summary>
    public bool WildFirst => suffix || (prefix && words.Length == 1);

    /// <summary>The exact first stem or word a stretch must start with (when not <see cref="WildFirst"/>).</summary>
    public string First(bool stemmed) => stemmed ? stems![0] : words[0];

    /// <summary>The length in tokens of a match.</summary>
    public int Length => words.Length;

    /// <summary>Whether the stems (or words) from token <paramref name="at"/> on are this term.</summary>
    public bool MatchesAt(IReadOnlyList<TextToken> tokens, int at, bool stemmed)
    {
        var sought = stemmed ? stems! : words;
        if (at + sought.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < sought.Length; j++)
        {
            if (!Same(tokens[at + j].Term, sought[j], j == 0, j == sought.Length - 1))
            {
                return false;
            }
        }

        return true;
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
