namespace Verkruisen.Bot.Approvals;

/// <summary>
/// What the weekly digest reads of one approval request: who asked, who decides, the state and the times.
/// Never the draft text. Names are for the director's card only and are never logged.
/// </summary>
public sealed record ApprovalSummary(
    string RequestId,
    string RequesterAadId,
    string RequesterName,
    string ApproverAadId,
    string ApproverName,
    ApprovalStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt);
