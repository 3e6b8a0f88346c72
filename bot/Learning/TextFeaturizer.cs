using System.IO.Hashing;
using System.Runtime.InteropServices;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Learning;

/// <summary>
/// The shared text featurization of the learned models: the project's Dutch analysis (<see cref="TextAnalyzer"/>:
/// stemmed words without stop words, and pairs of consecutive stems) plus character n-grams of the folded words,
/// every feature hashed (xxHash32, one seed per family) into 2^Bits slots, so a model carries no dictionary.
/// Each family is L2-normalised and weighted. Stateless after construction and thread-safe.
/// </summary>
public sealed class TextFeaturizer
{
    private const int MaxGramWordLength = 40;
    private const char WordBoundary = '\u0002';

    private readonly TextAnalyzer analyzer;
    private readonly int mask;

    public TextFeaturizer(TextAnalyzer analyzer, FeatureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        this.analyzer = analyzer;
        Options = options ?? new FeatureOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.Bits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.Bits, 24);
        mask = Options.Dimension - 1;
    }

    public FeatureOptions Options { get; }

    /// <summary>The number of hashed slots; extra dense features go at this index and up.</summary>
    public int Dimension => Options.Dimension;

    /// <summary>The analyzer whose Dutch stems and words are featurized.</summary>
    public TextAnalyzer Analyzer => analyzer;

    public SparseFeatures Featurize(string text) => Featurize(text, null);

    /// <summary>The features of the text; when <paramref name="sources"/> is given, every occurrence with its place in the text is added to it.</summary>
    public SparseFeatures Featurize(string text, List<FeatureSource>? sources)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Featurize(analyzer.StemTokens(text, Language.Nl), analyzer.WordTokens(text), sources);
    }

    /// <summary>
    /// Like <see cref="Featurize(string, List{FeatureSource})"/> for a text already analysed by <see cref="Analyzer"/>:
    /// its Dutch <paramref name="stems"/> (<see cref="TextAnalyzer.StemTokens"/>) and <paramref name="words"/>.
    /// </summary>
    public SparseFeatures Featurize(IReadOnlyList<TextToken> stems, IReadOnlyList<TextToken> words, List<FeatureSource>? sources)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(words);
        var occurrences = new List<FeatureSource>((2 * stems.Count) + (words.Count * 16));
        for (var i = 0; i < stems.Count; i++)
        {
            var stem = stems[i];
            occurrences.Add(new FeatureSource(Hash(stem.Term, FeatureFamily.Word), 1, stem.Start, stem.End, FeatureFamily.Word));
            if (i + 1 < stems.Count)
            {
                var next = stems[i + 1];
                occurrences.Add(new FeatureSource(HashPair(stem.Term, next.Term), 1, stem.Start, next.End, FeatureFamily.Pair));
            }
        }

        foreach (var word in words)
        {
            AddCharGrams(word, occurrences);
        }

        return Normalize(occurrences, sources);
    }

    /// <summary>
    /// What each stretch of the text contributed to a linear score, given the weight of every feature index
    /// (a class's weights): the occurrences' contributions summed per word or word pair, strongest first.
    /// </summary>
    public IReadOnlyList<WordWeight> Explain(string text, Func<int, float> weightOf, int top)
    {
        var sources = new List<FeatureSource>();
        Featurize(text, sources);
        return Explain(sources, weightOf, top);
    }

    /// <summary>Like <see cref="Explain(string, Func{int, float}, int)"/>, from the sources a featurization gave.</summary>
    public static IReadOnlyList<WordWeight> Explain(IReadOnlyList<FeatureSource> sources, Func<int, float> weightOf, int top)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(weightOf);
        return [.. sources
            .GroupBy(s => (s.Start, s.End))
            .Select(g => new WordWeight(g.Key.Start, g.Key.End, g.Sum(s => (double)s.Value * weightOf(s.Index))))
            .Where(w => w.Weight > 0)
            .OrderByDescending(w => w.Weight)
            .ThenBy(w => w.Start)
            .Take(top)];
    }

    private void AddCharGrams(TextToken word, List<FeatureSource> occurrences)
    {
        var term = word.Term.AsSpan();
        if (term.Length > MaxGramWordLength)
        {
            term = term[..MaxGramWordLength];
        }

        Span<char> padded = stackalloc char[MaxGramWordLength + 2];
        padded[0] = WordBoundary;
        term.CopyTo(padded[1..]);
        padded[term.Length + 1] = WordBoundary;
        padded = padded[..(term.Length + 2)];
        for (var n = Options.MinCharGram; n <= Options.MaxCharGram; n++)
        {
            for (var start = 0; start + n <= padded.Length; start++)
            {
                var index = (int)(XxHash32.HashToUInt32(MemoryMarshal.AsBytes(padded.Slice(start, n)), (int)FeatureFamily.CharGram + 1) & (uint)mask);
                occurrences.Add(new FeatureSource(index, 1, word.Start, word.End, FeatureFamily.CharGram));
            }
        }
    }

    /// <summary>
    /// Each family L2-normalised (over its features' counts) and weighted, and the occurrences of one index summed
    /// in text order. Sorting (index, position) pairs keeps that order without a dictionary per text.
    /// </summary>
    private SparseFeatures Normalize(List<FeatureSource> occurrences, List<FeatureSource>? sources)
    {
        var order = new long[occurrences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = ((long)occurrences[i].Index << 32) | (uint)i;
        }

        Array.Sort(order);
        Span<double> squares = stackalloc double[3];
        Span<int> counts = stackalloc int[3];
        var distinct = 0;
        for (var run = 0; run < order.Length;)
        {
            var end = RunEnd(order, run);
            counts.Clear();
            for (var k = run; k < end; k++)
            {
                counts[(int)occurrences[(int)order[k]].Family]++;
            }

            for (var f = 0; f < 3; f++)
            {
                squares[f] += (double)counts[f] * counts[f];
            }

            distinct++;
            run = end;
        }

        Span<float> scale = stackalloc float[3];
        scale[(int)FeatureFamily.Word] = Scale(Options.WordWeight, squares[(int)FeatureFamily.Word]);
        scale[(int)FeatureFamily.Pair] = Scale(Options.PairWeight, squares[(int)FeatureFamily.Pair]);
        scale[(int)FeatureFamily.CharGram] = Scale(Options.CharWeight, squares[(int)FeatureFamily.CharGram]);

        var indices = new List<int>(distinct);
        var values = new List<float>(distinct);
        for (var run = 0; run < order.Length;)
        {
            var end = RunEnd(order, run);
            var sum = 0f;
            var any = false;
            for (var k = run; k < end; k++)
            {
                var o = occurrences[(int)order[k]];
                var value = o.Value * scale[(int)o.Family];
                if (value != 0)
                {
                    sum += value;
                    any = true;
                }
            }

            if (any)
            {
                indices.Add((int)(order[run] >> 32));
                values.Add(sum);
            }

            run = end;
        }

        if (sources is not null)
        {
            foreach (var o in occurrences)
            {
                var value = o.Value * scale[(int)o.Family];
                if (value != 0)
                {
                    sources.Add(o with { Value = value });
                }
            }
        }

        return new SparseFeatures([.. indices], [.. values]);
    }

    /// <summary>The end of the run of equal indices that starts at <paramref name="run"/>.</summary>
    private static int RunEnd(long[] order, int run)
    {
        var end = run + 1;
        while (end < order.Length && order[end] >> 32 == order[run] >> 32)
        {
            end++;
        }

        return end;
    }

    private int Hash(string term, FeatureFamily family) =>
        (int)(XxHash32.HashToUInt32(MemoryMarshal.AsBytes(term.AsSpan()), (int)family + 1) & (uint)mask);

    private int HashPair(string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        Span<char> pair = length <= 128 ? stackalloc char[length] : new char[length];
        first.AsSpan().CopyTo(pair);
        pair[first.Length] = ' ';
        second.AsSpan().CopyTo(pair[(first.Length + 1)..]);
        return (int)(XxHash32.HashToUInt32(MemoryMarshal.AsBytes((ReadOnlySpan<char>)pair), (int)FeatureFamily.Pair + 1) & (uint)mask);
    }

    private static float Scale(float weight, double sumOfSquares) => sumOfSquares == 0 ? 0 : (float)(weight / Math.Sqrt(sumOfSquares));
}
