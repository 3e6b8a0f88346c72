using System.Collections.Frozen;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The questions the school labelled, as the engine reads them: a nearest-example index next to the trained model, so
/// an example counts from the moment it is added, with no retraining. Each example is a vector of weighted stems
/// (<see cref="QuestionEngine.Vector"/>); a question is matched to the nearest one by weighted Jaccard similarity
/// (squared idf of the stems both have, over that of the stems either has). Chosen on the corpus: with all 3,400
/// corpus questions as examples, the nearest one's label was right for 77 of the 79 first-contact questions at 0.5 or
/// more (65 of 65 at 0.55); cosine let more wrong matches through (107 of 113 at 0.6). Replaced or
/// added to as a whole (copy on write), so answering never takes a lock and never sees half an update. One per
/// instance of the bot; every instance fills its own from Table Storage.
/// </summary>
public sealed class LearnedExamples(QuestionEngine engine)
{
    private readonly Lock gate = new();
    private volatile FrozenDictionary<string, Indexed> examples = FrozenDictionary<string, Indexed>.Empty;
    private long generation;

    public int Count => examples.Count;

    /// <summary>The examples now in use, in no particular order.</summary>
    public IReadOnlyList<LearnedExample> All => [.. examples.Values.Select(e => e.Example)];

    /// <summary>How many examples have been added one by one so far (see <see cref="Replace"/>).</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Adds an example, or replaces the one with the same key.</summary>
    public void Add(LearnedExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        lock (gate)
        {
            var indexed = Index(example, Interlocked.Increment(ref generation));
            var copy = new Dictionary<string, Indexed>(examples, StringComparer.Ordinal) { [example.Key] = indexed };
            examples = copy.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Makes <paramref name="all"/> (what storage held when it was read) the whole set, except that examples added
    /// after <paramref name="readSince"/> (the <see cref="Generation"/> before that read) stay as they are: storage
    /// may have been read before they were saved.
    /// </summary>
    public void Replace(IEnumerable<LearnedExample> all, long readSince)
    {
        ArgumentNullException.ThrowIfNull(all);
        var read = all.Select(e => Index(e, 0)).DistinctBy(e => e.Example.Key, StringComparer.Ordinal).ToList();
        lock (gate)
        {
            var newer = examples.Values.Where(e => e.Generation > readSince).ToList();
            var merged = read.ToDictionary(e => e.Example.Key, StringComparer.Ordinal);
            foreach (var added in newer)
            {
                merged[added.Example.Key] = added;
            }

            examples = merged.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    /// <summary>The nearest example to the question, or null when there are none or none shares a word with it.</summary>
    public LearnedMatch? Nearest(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var current = examples;
        if (current.Count == 0)
        {
            return null;
        }

        var vector = engine.Vector(question);
        if (vector.Count == 0)
        {
            return null;
        }

        var mass = Mass(vector);
        LearnedMatch? best = null;
        foreach (var example in current.Values)
        {
            double shared = 0;
            foreach (var (stem, weight) in vector)
            {
                if (example.Vector.ContainsKey(stem))
                {
                    shared += weight * weight;
                }
            }

            // Weighted Jaccard: what both say, against all either says (a short question inside a long example is not near).
            var similarity = shared == 0 ? 0 : shared / (mass + example.Mass - shared);
            if (similarity > 0 && (best is null || similarity > best.Similarity
                || (similarity == best.Similarity && string.CompareOrdinal(example.Example.Key, best.Example.Key) < 0)))
            {
                best = new LearnedMatch(example.Example, Math.Round(similarity, 4));
            }
        }

        return best;
    }

    private Indexed Index(LearnedExample example, long addedIn)
    {
        var vector = engine.Vector(example.Text);
        return new Indexed(example, vector, Mass(vector), addedIn);
    }

    /// <summary>The squared weights summed: a stem's idf squared is its share.</summary>
    private static double Mass(IReadOnlyDictionary<string, double> vector) => vector.Values.Sum(w => w * w);

    private sealed record Indexed(LearnedExample Example, IReadOnlyDictionary<string, double> Vector, double Mass, long Generation);
}
