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

    public SparseFeatures Featurize(string text) => Featurize(text, null);

    /// <summary>The features of the text; when <paramref name="sources"/> is given, every occurrence with its place in the text is added to it.</summary>
    public SparseFeatures Featurize(string text, List<FeatureSource>? sources)
    {
        ArgumentNullException.ThrowIfNull(text);
        var occurrences = new List<FeatureSource>(text.Length * 2);
        var stems = analyzer.StemTokens(text, Language.Nl);
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

        foreach (var word in analyzer.WordTokens(text))
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
        ArgumentNullException.ThrowIfNull(weightOf);
        var sources = new List<FeatureSource>();
        Featurize(text, sources);
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

    private SparseFeatures Normalize(List<FeatureSource> occurrences, List<FeatureSource>? sources)
    {
        Span<double> squares = stackalloc double[3];
        var counts = new Dictionary<(int Index, FeatureFamily Family), int>();
        foreach (var o in occurrences)
        {
            counts[(o.Index, o.Family)] = counts.GetValueOrDefault((o.Index, o.Family)) + 1;
        }

        foreach (var ((_, family), count) in counts)
        {
            squares[(int)family] += (double)count * count;
        }

        Span<float> scale = stackalloc float[3];
        scale[(int)FeatureFamily.Word] = Scale(Options.WordWeight, squares[(int)FeatureFamily.Word]);
        scale[(int)FeatureFamily.Pair] = Scale(Options.PairWeight, squares[(int)FeatureFamily.Pair]);
        scale[(int)FeatureFamily.CharGram] = Scale(Options.CharWeight, squares[(int)FeatureFamily.CharGram]);

        var merged = new SortedDictionary<int, float>();
        foreach (var o in occurrences)
        {
            var value = o.Value * scale[(int)o.Family];
            if (value == 0)
            {
                continue;
            }

            merged[o.Index] = merged.GetValueOrDefault(o.Index) + value;
            sources?.Add(o with { Value = value });
        }

        return new SparseFeatures([.. merged.Keys], [.. merged.Values]);
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
