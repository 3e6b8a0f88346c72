namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// A risk category of the labelling guide (corpus/LABELLING.md): its id, the protocol rule it rests on, the verdict
/// it calls for when present, and what the finding says (definite, and when the model only doubts).
/// </summary>
public sealed record RiskCategory(
    string Id,
    string Rule,
    FindingSeverity WhenPresent,
    string Nl,
    string En,
    string NlDoubt,
    string EnDoubt);
