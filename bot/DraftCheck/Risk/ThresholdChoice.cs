namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// Chooses the thresholds on out-of-fold probabilities. First the present threshold of each "not allowed"
/// category, for the most acceptable verdicts; then, greedily, the doubt thresholds: lower the one that catches the
/// most risky drafts still called "mag" per plainly harmless draft it stops calling "mag", never below the minimum
/// doubt, until at least the required share of risky drafts is caught.
/// </summary>
internal static class ThresholdChoice
{
    private const int Candidates = 8;
    private static readonly double[] PresentGrid = [.. Enumerable.Range(3, 15).Select(i => i * 0.05)];

    public static IReadOnlyList<RiskThreshold> Choose(IReadOnlyList<PreparedDraft> drafts, double[][] probabilities, DraftTrainingOptions options)
    {
        var count = VerdictPolicy.Categories.Count;
        var present = VerdictPolicy.Categories.Select(c => c.Id == VerdictPolicy.AnyRisk ? 1.0 : options.Present).ToArray();
        var doubt = present.ToArray();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var c in Enumerable.Range(0, count).Where(c => VerdictPolicy.Categories[c].WhenPresent == FindingSeverity.NotAllowed))
            {
                present[c] = PresentGrid.MaxBy(t =>
                {
                    present[c] = doubt[c] = t;
                    return Acceptable(drafts, probabilities, Thresholds(doubt, present)) + (t == options.Present ? 0.5 : 0);
                });
                doubt[c] = present[c];
            }
        }

        var allowed = Verdicts(drafts, probabilities, Thresholds(doubt, present)).Select(v => v == Verdict.Allowed).ToArray();
        var risky = drafts.Count(d => d.Risky);
        var missed = drafts.Select((d, i) => d.Risky && allowed[i]).ToArray();
        while (risky - missed.Count(m => m) < options.RiskyCaught * risky)
        {
            var (category, value) = BestStep(drafts, probabilities, doubt, allowed, missed, options.MinimumDoubt);
            if (category < 0)
            {
                break;
            }

            doubt[category] = value;
            for (var i = 0; i < drafts.Count; i++)
            {
                if (allowed[i] && Counts(drafts[i], category) && probabilities[i][category] >= value)
                {
                    allowed[i] = missed[i] = false;
                }
            }
        }

        return Thresholds(doubt, present);
    }

    /// <summary>The share of risky drafts whose verdict is not "mag".</summary>
    public static double Caught(IReadOnlyList<PreparedDraft> drafts, double[][] probabilities, IReadOnlyList<RiskThreshold> thresholds)
    {
        var verdicts = Verdicts(drafts, probabilities, thresholds);
        var risky = drafts.Count(d => d.Risky);
        return risky == 0 ? 1 : (double)drafts.Where((d, i) => d.Risky && verdicts[i] != Verdict.Allowed).Count() / risky;
    }

    private static (int Category, double Value) BestStep(IReadOnlyList<PreparedDraft> drafts, double[][] p, double[] doubt, bool[] allowed, bool[] missed, double floor)
    {
        var best = (Category: -1, Value: 0.0, Score: -1.0);
        for (var c = 0; c < doubt.Length; c++)
        {
            var values = drafts.Select((d, i) => (d, i)).Where(x => missed[x.i] && Counts(x.d, c) && p[x.i][c] < doubt[c])
                .Select(x => Math.Max(p[x.i][c], VerdictPolicy.Categories[c].Id == VerdictPolicy.AnyRisk ? 0.001 : floor)).Distinct().OrderDescending().Take(Candidates);
            foreach (var value in values)
            {
                int gain = 0, cost = 0;
                for (var i = 0; i < drafts.Count; i++)
                {
                    if (allowed[i] && Counts(drafts[i], c) && p[i][c] >= value)
                    {
                        gain += missed[i] ? 1 : 0;
                        cost += drafts[i].Harmless ? 1 : 0;
                    }
                }

                var score = gain / (cost + 1.0);
                if (gain > 0 && score > best.Score)
                {
                    best = (c, value, score);
                }
            }
        }

        return (best.Category, best.Value);
    }

    /// <summary>Whether a category's level counts for a draft (<see cref="RiskLevels.Silenced"/>).</summary>
    private static bool Counts(PreparedDraft draft, int category) => (draft.Silenced & (1 << category)) == 0;

    private static int Acceptable(IReadOnlyList<PreparedDraft> drafts, double[][] probabilities, IReadOnlyList<RiskThreshold> thresholds)
    {
        var verdicts = Verdicts(drafts, probabilities, thresholds);
        return drafts.Where((d, i) => d.Ok.Contains(verdicts[i].ToWire())).Count();
    }

    private static Verdict[] Verdicts(IReadOnlyList<PreparedDraft> drafts, double[][] probabilities, IReadOnlyList<RiskThreshold> thresholds) =>
        [.. drafts.Select((d, i) => RiskLevels.VerdictOf(d, thresholds, probabilities[i]))];

    private static RiskThreshold[] Thresholds(double[] doubt, double[] present) =>
        [.. doubt.Select((d, c) => new RiskThreshold(Math.Min(d, present[c]), present[c]))];
}
