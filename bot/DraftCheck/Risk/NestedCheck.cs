namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// Verdicts of a nested check of the threshold choice (<see cref="CrossValidationReport.Nested"/>): each fold judged at
/// thresholds chosen without it. The plain cross-validation chooses them on every draft it then counts, so its share
/// caught is met by construction; this one says what the thresholds do on drafts they were not chosen on.
/// </summary>
internal sealed record NestedCheck(int Judged, int Acceptable, int UnsafeMag, int HarmlessMag)
{
    public override string ToString() =>
        $"nested (thresholds chosen without the fold): drafts {Judged}: acceptable {Acceptable}, unsafe \"mag\" {UnsafeMag}, harmless \"mag\" {HarmlessMag}";
}
