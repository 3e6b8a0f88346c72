using System.Collections.Frozen;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The sections as weighted bags of stems, built once: keywords count most, then the title and the original;
/// the example questions are also kept one by one for nearest-example matching. Read-only
/// after construction, so thread-safe.
/// </summary>
public sealed class SectionIndex
{
    private const double KeywordWeight = 3;
    private const double TitleWeight = 2;
    private const double TextWeight = 1;
    private const double ExampleWeight = 0.5;

    public SectionIndex(Protocol protocol, QuestionTerms terms)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(terms);
        Sections = protocol.Sections;
        var frequencies = new List<Dictionary<string, double>>();
        var examples = new List<IndexedExample>();
        var core = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Sections.Count; i++)
        {
            var section = Sections[i];
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            // A phrase keyword ("wie moet ik vragen") shares its weight among its words: "vragen" alone says less.
            foreach (var keyword in section.Keywords)
            {
                var words = terms.Terms(terms.Fold(keyword), correctTypos: false).Count;
                Add(tf, terms, [keyword], Math.Max(TextWeight, KeywordWeight / Math.Max(1, words)));
            }

            Add(tf, terms, [section.Title.Nl, section.Title.En], TitleWeight);
            core.UnionWith(tf.Keys);
            // The plain answers are not indexed: they point to other rules ("no confidential information").
            Add(tf, terms, [section.Original.Nl, section.Original.En], TextWeight);
            Add(tf, terms, section.Examples, ExampleWeight);
            frequencies.Add(tf);
            foreach (var example in section.Examples)
            {
                var stems = terms.Terms(terms.Fold(example), correctTypos: false).SelectMany(w => w.Stems).ToFrozenSet(StringComparer.Ordinal);
                examples.Add(new IndexedExample(i, stems));
            }
        }

        var count = Sections.Count;
        Idf = frequencies.SelectMany(f => f.Keys).GroupBy(t => t, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Math.Log(1 + ((count - g.Count() + 0.5) / (g.Count() + 0.5))), StringComparer.Ordinal);
        Cues = [.. Sections.Select(s => s.Cues is { Count: > 0 } cues
            ? cues.SelectMany(c => terms.Terms(terms.Fold(c), correctTypos: false)).SelectMany(w => w.Stems).ToFrozenSet(StringComparer.Ordinal)
            : null)];
        CoreStems = core.ToFrozenSet(StringComparer.Ordinal);
        TermFrequencies = [.. frequencies.Select(f => f.ToFrozenDictionary(StringComparer.Ordinal))];
        Lengths = [.. frequencies.Select(f => f.Values.Sum())];
        AverageLength = Lengths.Average();
        Examples = [.. examples.Select(e => e with { Norm = Math.Sqrt(e.Stems.Sum(t => Square(Idf.GetValueOrDefault(t)))) })];
    }

    public IReadOnlyList<ProtocolSection> Sections { get; }

    /// <summary>The idf of a stem only one section has: the most any stem weighs.</summary>
    public double RareIdf => Math.Log(1 + ((Sections.Count - 1 + 0.5) / 1.5));

    /// <summary>Inverse section frequency (BM25 form) of every indexed stem.</summary>
    public FrozenDictionary<string, double> Idf { get; }

    public IReadOnlyList<FrozenDictionary<string, double>> TermFrequencies { get; }

    /// <summary>Stems of the sections' keywords and titles: words that are about a rule, not just in its text or examples.</summary>
    public FrozenSet<string> CoreStems { get; }

    /// <summary>Per section, the stems of its cue words (null when the section has none).</summary>
    public IReadOnlyList<FrozenSet<string>?> Cues { get; }

    public IReadOnlyList<double> Lengths { get; }

    public double AverageLength { get; }

    public IReadOnlyList<IndexedExample> Examples { get; }

    private static void Add(Dictionary<string, double> tf, QuestionTerms terms, IEnumerable<string> texts, double weight)
    {
        foreach (var text in texts)
        {
            foreach (var word in terms.Terms(terms.Fold(text), correctTypos: false))
            {
                foreach (var stem in word.Stems)
                {
                    tf[stem] = tf.GetValueOrDefault(stem) + weight;
                }
            }
        }
    }

    private static double Square(double x) => x * x;
}

/// <summary>An example question of a section, as a set of stems, with its idf-weighted vector norm.</summary>
public sealed record IndexedExample(int Section, FrozenSet<string> Stems, double Norm = 0);
