namespace Verkruisen.Bot.Approvals;

/// <summary>
/// The approval requests the weekly digest needs, read without scanning the whole table. Implemented by the
/// approvals feature; the digest takes it as a dependency (and a test double in its tests).
/// </summary>
public interface IApprovalDigestSource
{
    /// <summary>Requests created in [from, to).</summary>
    Task<IReadOnlyList<ApprovalSummary>> ListCreatedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Requests decided in [from, to), whenever they were created.</summary>
    Task<IReadOnlyList<ApprovalSummary>> ListDecidedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Every request that is still open, however old.</summary>
    Task<IReadOnlyList<ApprovalSummary>> ListOpenAsync(CancellationToken cancellationToken);
}
