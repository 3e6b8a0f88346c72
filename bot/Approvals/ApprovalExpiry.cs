using Microsoft.Extensions.Options;
using Verkruisen.Bot.Approvals.Storage;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// An open request nobody decided (or answered) within Approvals:OpenRequestMaxDays is withdrawn by the bot: its
/// state becomes <see cref="ApprovalStatus.Expired"/>, the history gets an "expired" event, and then it goes the way
/// of every decision (<see cref="ApprovalDecisions.FinishAsync"/>: the requester is told, every card copy loses its
/// buttons, the "decided" pointer lets the retention delete it after Approvals:RequestRetentionDays). The close is
/// a write on the request's ETag that only applies while the request is still open, so a decision that lands first
/// keeps its decision, and a click after the expiry sees the expired card.
/// </summary>
public sealed partial class ApprovalExpiry(
    ApprovalStore store,
    ApprovalDecisions decisions,
    ApprovalEventLog events,
    TimeProvider time,
    IOptions<ApprovalOptions> options,
    ILogger<ApprovalExpiry> logger)
{
    /// <summary>Whether an open request has waited Approvals:OpenRequestMaxDays (calendar days) or longer.</summary>
    public bool IsDue(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsOpen && time.GetUtcNow() - request.CreatedAt >= TimeSpan.FromDays(options.Value.OpenRequestMaxDays);
    }

    /// <summary>
    /// Withdraws the request as expired when it is (still) open and due. Expired: this call closed it; Request: the
    /// request as stored afterwards (when a decision was stored first, that decision, and nothing else happens).
    /// </summary>
    public async Task<(bool Expired, ApprovalRequest Request)> ExpireAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (expired, current) = await store.SaveAsync(request, r => IsDue(r)
            ? r with
            {
                Status = ApprovalStatus.Expired,
                DecidedAt = time.GetUtcNow(),
                DecidedByAadId = "",
                DecidedByName = "",
                Comment = "",
                NotifyPending = true,
            }
            : null, cancellationToken);
        if (!expired)
        {
            return (false, current);
        }

        Log.Expired(logger, current.Id, options.Value.OpenRequestMaxDays);
        await events.AppendAsync(current.Id, ApprovalEvent.Expired, "", cancellationToken);
        return (true, await decisions.FinishAsync(current, cancellationToken));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Approval request {RequestId} expired: no decision within {Days} days")]
        public static partial void Expired(ILogger logger, string requestId, int days);
    }
}
