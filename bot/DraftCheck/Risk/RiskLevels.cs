namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>The levels of the categories from their probabilities and thresholds, the precise detectors' floors, and the categories that do not count (<see cref="Silenced"/>).</summary>
internal static class RiskLevels
{
    private static readonly int Leader = VerdictPolicy.IndexOf("leader-opinion");
    private static readonly int Personal = VerdictPolicy.IndexOf("personal-data");
    private static readonly int Remark = VerdictPolicy.IndexOf("negative-remark");

    /// <summary>
    /// The categories that do not count for a draft, a bit per category in policy order: leader-opinion when the author
    /// is no leader (rule 5), personal-data when a contact detector already speaks for it, negative-remark on a draft
    /// about national politics only (rule 4). The verdict and the threshold choice both read this one mask.
    /// </summary>
    public static int Silenced(bool notALeader, bool hasContactDetails, bool politicsOnly) =>
        (notALeader ? 1 << Leader : 0) | (hasContactDetails ? 1 << Personal : 0) | (politicsOnly ? 1 << Remark : 0);

    public static void Compute(IReadOnlyList<RiskThreshold> thresholds, int silenced, CategoryFloors floors, ReadOnlySpan<double> probabilities, Span<RiskLevel> levels)
    {
        for (var c = 0; c < levels.Length; c++)
        {
            levels[c] = thresholds[c].Level(probabilities[c]);
            if ((silenced & (1 << c)) != 0)
            {
                levels[c] = RiskLevel.Below;
            }
            else if ((floors.Present & (1 << c)) != 0)
            {
                levels[c] = RiskLevel.Present;
            }
            else if ((floors.Doubt & (1 << c)) != 0 && levels[c] == RiskLevel.Below)
            {
                levels[c] = RiskLevel.Doubt;
            }
        }
    }

    /// <summary>The verdict for a prepared draft given the categories' probabilities.</summary>
    public static Verdict VerdictOf(PreparedDraft draft, IReadOnlyList<RiskThreshold> thresholds, ReadOnlySpan<double> probabilities)
    {
        Span<RiskLevel> levels = stackalloc RiskLevel[thresholds.Count];
        Compute(thresholds, draft.Silenced, draft.Floors, probabilities, levels);
        return VerdictPolicy.Decide(levels, draft.Hardest);
    }
}
