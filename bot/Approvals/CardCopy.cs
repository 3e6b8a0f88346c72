namespace Verkruisen.Bot.Approvals;

/// <summary>One copy of the approver's card: who holds it (approver, deputy, escalation) and its activity id, to update it after a decision.</summary>
public sealed record CardCopy(string AadId, string ActivityId);
