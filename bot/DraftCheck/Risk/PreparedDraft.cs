using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// A labelled draft made ready for training and evaluation: its features (text and detectors), which categories
/// it has, what the detectors decide alone, and its acceptable verdicts.
/// </summary>
internal sealed record PreparedDraft(
    string Id,
    string Role,
    SparseFeatures Features,
    bool[] Labels,
    IReadOnlySet<string> Ok,
    IReadOnlyList<string> Categories,
    FindingSeverity Hardest,
    bool NotALeader,
    bool HasContactDetails,
    CategoryFloors Floors)
{
    /// <summary>About national politics only: negative-remark does not count.</summary>
    public bool PoliticsOnly { get; init; }

    /// <summary>The categories that do not count for this draft (<see cref="RiskLevels.Silenced"/>).</summary>
    public int Silenced => RiskLevels.Silenced(NotALeader, HasContactDetails, PoliticsOnly);

    /// <summary>Risky: "mag" is not an acceptable verdict.</summary>
    public bool Risky => !Ok.Contains(VerdictNames.Allowed);

    /// <summary>Plainly harmless: "mag" is the only acceptable verdict.</summary>
    public bool Harmless => Ok.Count == 1 && Ok.Contains(VerdictNames.Allowed);
}
