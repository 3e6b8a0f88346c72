namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// A category's two thresholds on its probability: at <see cref="Doubt"/> and up it is in the uncertain middle
/// (twijfel), at <see cref="Present"/> and up it is present.
/// </summary>
public sealed record RiskThreshold(double Doubt, double Present)
{
    public RiskLevel Level(double probability) =>
        probability >= Present ? RiskLevel.Present : probability >= Doubt ? RiskLevel.Doubt : RiskLevel.Below;
}
