namespace Verkruisen.Bot.Approvals;

/// <summary>
/// The approval requests the weekly digest needs, read without scanning the whole table. Implemented by the
/// approvals feature; the digest takes it as a dependency (and a test double in its tests).
/// </summary>
public interface IApprovalDigestSource
{
    /// <summary>Requests created in [fromInclusive, untilExclusive).</summary>
    Task<IReadOnlyList<ApprovalSummary>> ListCreatedAsync(DateTimeOffset fromInclusive, DateTimeOffset untilExclusive, CancellationToken cancellationToken);

    /// <summary>Requests decided in [fromInclusive, untilExclusive), whenever they were created.</summary>
    Task<IReadOnlyList<ApprovalSummary>> ListDecidedAsync(DateTimeOffset fromInclusive, DateTimeOffset untilExclusive, CancellationToken cancellationToken);

    /// <summary>Every request that is still open, however old.</summary>
    Task<IReadOnlyList<ApprovalSummary>> ListOpenAsync(CancellationToken cancellationToken);
}
