namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>The levels of the categories from their probabilities and thresholds, the precise detectors' floors, rule 5's gate and the contact detectors' precedence.</summary>
internal static class RiskLevels
{
    private static readonly int Leader = VerdictPolicy.IndexOf("leader-opinion");
    private static readonly int Personal = VerdictPolicy.IndexOf("personal-data");

    private static readonly int Remark = VerdictPolicy.IndexOf("negative-remark");

    public static void Compute(IReadOnlyList<RiskThreshold> thresholds, bool notALeader, bool hasContactDetails, CategoryFloors floors, ReadOnlySpan<double> probabilities, Span<RiskLevel> levels, bool politicsOnly = false)
    {
        for (var c = 0; c < levels.Length; c++)
        {
            levels[c] = thresholds[c].Level(probabilities[c]);
            if ((floors.Present & (1 << c)) != 0)
            {
                levels[c] = RiskLevel.Present;
            }
            else if ((floors.Doubt & (1 << c)) != 0 && levels[c] == RiskLevel.Below)
            {
                levels[c] = RiskLevel.Doubt;
            }
        }

        if (notALeader)
        {
            levels[Leader] = RiskLevel.Below;
        }

        if (hasContactDetails)
        {
            levels[Personal] = RiskLevel.Below;
        }

        if (politicsOnly)
        {
            levels[Remark] = RiskLevel.Below;
        }
    }

    /// <summary>The verdict for a prepared draft given the categories' probabilities.</summary>
    public static Verdict VerdictOf(PreparedDraft draft, IReadOnlyList<RiskThreshold> thresholds, ReadOnlySpan<double> probabilities)
    {
        Span<RiskLevel> levels = stackalloc RiskLevel[thresholds.Count];
        Compute(thresholds, draft.NotALeader, draft.HasContactDetails, draft.Floors, probabilities, levels, draft.PoliticsOnly);
        return VerdictPolicy.Decide(levels, draft.Hardest);
    }
}
