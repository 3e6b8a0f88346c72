namespace Verkruisen.Bot.Learning;

/// <summary>Deterministic k-fold assignment for cross-validation, stratified so every fold has its share of each label.</summary>
public static class Folds
{
    /// <summary>The fold (0..k-1) of every example: per label, shuffled with the seed, then dealt round-robin.</summary>
    public static int[] Stratified(IReadOnlyList<string> labels, int k, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var folds = new int[labels.Count];
        var random = new Random(seed);
        var next = 0;
        foreach (var group in labels.Select((label, i) => (label, i)).GroupBy(p => p.label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.Select(p => p.i).ToArray();
            random.Shuffle(members);
            foreach (var i in members)
            {
                folds[i] = next++ % k;
            }
        }

        return folds;
    }
}
