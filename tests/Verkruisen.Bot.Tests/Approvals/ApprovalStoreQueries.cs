using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>
/// What the tests look up in the store and the product never asks: one person's open requests (of every open request,
/// as the follow-up reads them).
/// </summary>
public static class ApprovalStoreQueries
{
    /// <summary>The open requests this person made.</summary>
    public static async Task<IReadOnlyList<ApprovalRequest>> ListUserOpenAsync(this ApprovalStore store, string aadId, CancellationToken cancellationToken) =>
        [.. (await store.ListOpenRequestsAsync(cancellationToken)).Where(r => ApproverPolicy.Same(r.RequesterAadId, aadId))];

    /// <summary>The open requests this person is asked to decide (as approver, or after an escalation).</summary>
    public static async Task<IReadOnlyList<ApprovalRequest>> ListApproverOpenAsync(this ApprovalStore store, string aadId, CancellationToken cancellationToken) =>
        [.. (await store.ListOpenRequestsAsync(cancellationToken)).Where(r => ApproverPolicy.Approvers(r).Any(a => ApproverPolicy.Same(a, aadId)))];
}
