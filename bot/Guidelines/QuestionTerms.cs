using System.Collections.Frozen;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// Turns text into search terms: the shared <see cref="TextAnalyzer"/> folds and tokenises; stop words go;
/// compounds written as two words are joined ("prive nummer"); participles the vocabulary knows as infinitives
/// are read as those ("gefilmd"); typos are corrected against the protocol's own vocabulary; other unknown
/// compounds are split into known words ("kerstfoto"); synonyms and nicknames from the data are added;
/// every word is stemmed with both the Dutch and the English Snowball stemmer (questions come in either).
/// The stems of every vocabulary word are computed once at start, so a question costs dictionary look-ups.
/// </summary>
public sealed class QuestionTerms
{
    private readonly TextAnalyzer analyzer;
    private readonly FrozenDictionary<string, string[]> synonyms;
    private readonly FrozenSet<string> extraStopWords;
    private readonly FrozenDictionary<string, string[]> stemCache;
    private readonly TypoCorrector typos;
    private readonly CompoundSplitter compounds;

    public QuestionTerms(ProtocolDocument document, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(document);
        this.analyzer = analyzer;
        extraStopWords = document.StopWords.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
        synonyms = document.Synonyms
            .SelectMany(g => g.Words.Select(w => (Word: string.Join(' ', Fold(w)), g.Means)))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(p => Fold(p.Means)).Distinct().ToArray(), StringComparer.Ordinal);

        var vocabulary = VocabularyOf(document).ToHashSet(StringComparer.Ordinal);
        Vocabulary = vocabulary.ToFrozenSet(StringComparer.Ordinal);
        stemCache = vocabulary.ToFrozenDictionary(w => w, ComputeStems, StringComparer.Ordinal);
        typos = new TypoCorrector(vocabulary.Where(w => !IsStopWord(w)));
        compounds = new CompoundSplitter(vocabulary.Where(w => !IsStopWord(w)));
    }

    /// <summary>Every word the protocol data knows (folded).</summary>
    public FrozenSet<string> Vocabulary { get; }

    /// <summary>The text's words, folded, with apostrophes dropped ("foto's" becomes "fotos").</summary>
    public IReadOnlyList<string> Fold(string text)
    {
        var words = analyzer.Words(text);
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            var normalized = Normalize(word);
            if (normalized.Length > 0)
            {
                result.Add(normalized);
            }
        }

        return result;
    }

    /// <summary>The content words of already folded words, each with its stems (synonyms included).</summary>
    public List<WordTerms> Terms(IReadOnlyList<string> words, bool correctTypos)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = new List<WordTerms>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i + 1 < words.Count && synonyms.ContainsKey(word + " " + words[i + 1]))
            {
                result.Add(new WordTerms(word + " " + words[i + 1], StemsOf(word + " " + words[i + 1])));
                i++;
                continue;
            }

            if (IsStopWord(word))
            {
                continue;
            }

            // A compound written apart ("prive nummer", "app groep") is the compound the vocabulary knows.
            if (correctTypos && i + 1 < words.Count && !IsStopWord(words[i + 1]) && stemCache.TryGetValue(word + words[i + 1], out var joined))
            {
                result.Add(new WordTerms(word + words[i + 1], joined));
                i++;
                continue;
            }

            var known = word;
            if (correctTypos && !stemCache.ContainsKey(word) && !word.Any(char.IsAsciiDigit))
            {
                known = DutchParticiple.Infinitives(word).FirstOrDefault(stemCache.ContainsKey) ?? typos.Correct(word) ?? word;
                if (ReferenceEquals(known, word) && compounds.Split(word) is { Count: > 0 } parts)
                {
                    result.Add(new WordTerms(word, [.. parts.SelectMany(StemsOf).Distinct()]));
                    continue;
                }
            }

            result.Add(new WordTerms(known, StemsOf(known)));
        }

        return result;
    }

    public bool IsStopWord(string word) =>
        extraStopWords.Contains(word) || analyzer.IsStopWord(word, Language.Nl) || analyzer.IsStopWord(word, Language.En);

    /// <summary>True when the word is a stop word of that language (the analyzer's lists, after its keep lists).</summary>
    public bool IsStopWordIn(string word, Language language) => analyzer.IsStopWord(word, language);

    private string[] StemsOf(string word) => stemCache.TryGetValue(word, out var stems) ? stems : ComputeStems(word);

    private string[] ComputeStems(string word)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var expansions = synonyms.TryGetValue(word, out var means) ? means.Prepend(word) : [word];
        foreach (var expansion in expansions)
        {
            // A two-word synonym key ("intern begeleider") stands only for its meaning.
            if (expansion.Contains(' ', StringComparison.Ordinal) || IsStopWord(expansion))
            {
                continue;
            }

            stems.UnionWith(analyzer.Stems(expansion, Language.Nl));
            stems.UnionWith(analyzer.Stems(expansion, Language.En));
        }

        return [.. stems];
    }

    private IEnumerable<string> VocabularyOf(ProtocolDocument document)
    {
        IEnumerable<string> texts = document.Sections.SelectMany(s => new[]
            {
                s.Title.Nl, s.Title.En, s.Original.Nl, s.Original.En, s.Answer.Nl, s.Answer.En,
            }.Concat(s.Keywords).Concat(s.Examples))
            .Concat(document.Synonyms.SelectMany(g => g.Words.Append(g.Means)))
            .Concat(document.Generic).Concat(document.OutOfScope).Concat(document.Greetings).Concat(document.English);
        return texts.SelectMany(Fold).Concat(synonyms.Keys);
    }

    private static string Normalize(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2
            ? word[..^2] + "s"
            : word.Replace("'", "", StringComparison.Ordinal);
}
