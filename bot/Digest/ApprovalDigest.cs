namespace Verkruisen.Bot.Digest;

/// <summary>
/// Approval requests and questions to managers: asked this week, decided this week (approved, rejected, withdrawn,
/// expired without a decision; questions answered), open now, the median time from request to decision, and every
/// request open longer than two days (oldest first).
/// </summary>
public sealed record ApprovalDigest(
    int Requested,
    int Approved,
    int Rejected,
    int Withdrawn,
    int Open,
    TimeSpan? MedianToDecision,
    IReadOnlyList<LongOpenRequest> OpenLong,
    int Answered = 0,
    int Expired = 0);

/// <summary>A request still waiting for longer than two days: who asked, who decides, and for how long.</summary>
public sealed record LongOpenRequest(string RequestId, string RequesterName, string ApproverName, TimeSpan Age);
