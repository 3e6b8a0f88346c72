using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Text;

/// <summary>
/// Dutch and English text analysis on Lucene.Net: tokenising, lower-casing, accent folding, stop words and the
/// Snowball stemmers. Thread-safe (Lucene reuses token streams per thread); build once, share.
/// </summary>
public sealed class TextAnalyzer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Snowball's English stop words (about 170 function words), to tell the language of a text.</summary>
    private static readonly CharArraySet EnglishFunctionWords = WordlistLoader.GetSnowballWordSet(
        IOUtils.GetDecodingReader(typeof(SnowballFilter), "english_stop.txt", System.Text.Encoding.UTF8), Version);

    private readonly Analyzer dutch;
    private readonly Analyzer english;
    private readonly Analyzer folding;
    private readonly CharArraySet dutchStopWords;
    private readonly CharArraySet englishStopWords;

    /// <param name="keepDutch">Dutch stop words to keep (e.g. "niet", "geen" where a negation matters).</param>
    /// <param name="keepEnglish">English stop words to keep.</param>
    public TextAnalyzer(IEnumerable<string>? keepDutch = null, IEnumerable<string>? keepEnglish = null)
    {
        dutchStopWords = Without(DutchAnalyzer.DefaultStopSet, keepDutch);
        englishStopWords = Without(EnglishAnalyzer.DefaultStopSet, keepEnglish);
        dutch = new StemmingAnalyzer(dutchStopWords, () => new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        english = new StemmingAnalyzer(englishStopWords, () => new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer());
        folding = new StemmingAnalyzer(CharArraySet.Empty, null);
    }

    /// <summary>The stems of the text's words, stop words removed, in order.</summary>
    public IReadOnlyList<string> Stems(string text, Language language) =>
        Run(language == Language.En ? english : dutch, text);

    /// <summary>The text's words lower-cased and accent-folded, nothing removed or stemmed.</summary>
    public IReadOnlyList<string> Words(string text) => Run(folding, text);

    /// <summary>True when the (lower-cased, folded) word is a stop word of the language, after the keep lists.</summary>
    public bool IsStopWord(string word, Language language) =>
        (language == Language.En ? englishStopWords : dutchStopWords).Contains(word);

    /// <summary>
    /// True when the (lower-cased, folded) word is a function word of the language (Snowball's full stop-word lists,
    /// no keep lists): the evidence for telling which language a text is written in.
    /// </summary>
    public static bool IsFunctionWord(string word, Language language) =>
        (language == Language.En ? EnglishFunctionWords : DutchAnalyzer.DefaultStopSet).Contains(word);

    /// <summary>Like <see cref="Stems"/>, with where each token stands in the text.</summary>
    public IReadOnlyList<TextToken> StemTokens(string text, Language language) =>
        RunTokens(language == Language.En ? english : dutch, text);

    /// <summary>Like <see cref="Words"/>, with where each word stands in the text.</summary>
    public IReadOnlyList<TextToken> WordTokens(string text) => RunTokens(folding, text);

    public void Dispose()
    {
        dutch.Dispose();
        english.Dispose();
        folding.Dispose();
    }

    private static List<string> Run(Analyzer analyzer, string text)
    {
        var result = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add(term.ToString());
        }

        stream.End();
        return result;
    }

    private static List<TextToken> RunTokens(Analyzer analyzer, string text)
    {
        var result = new List<TextToken>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add(new TextToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }

    private static CharArraySet Without(CharArraySet stopWords, IEnumerable<string>? keep)
    {
        var set = new CharArraySet(Version, stopWords.Count, ignoreCase: true);
        var kept = new HashSet<string>(keep ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var word in stopWords)
        {
            var s = word?.ToString();
            if (s is not null && !kept.Contains(s))
            {
                set.Add(s);
            }
        }

        return set;
    }

    private sealed class StemmingAnalyzer(CharArraySet stopWords, Func<Lucene.Net.Tartarus.Snowball.SnowballProgram>? stemmer) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ASCIIFoldingFilter(stream);
            if (stopWords.Count > 0)
            {
                stream = new StopFilter(Version, stream, stopWords);
            }

            if (stemmer is not null)
            {
                stream = new SnowballFilter(stream, stemmer());
            }

            return new TokenStreamComponents(source, stream);
        }
    }
}
