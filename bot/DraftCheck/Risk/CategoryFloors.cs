namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// What the precise detectors raise, a bit per category in policy order: <see cref="Doubt"/> to at least the
/// uncertain middle, <see cref="Present"/> to present (a detector that is as good as a label).
/// </summary>
internal readonly record struct CategoryFloors(int Doubt, int Present)
{
    public bool Raises(int category) => ((Doubt | Present) & (1 << category)) != 0;

    public override string ToString() => $"{Doubt}/{Present}";
}
