using Azure;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Approvals.Cards;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// One pass over the open and pending requests: deliver what was not delivered, finish decisions whose
/// notifications did not all go through, remind the approver after Approvals:ReminderAfter and escalate to the
/// fallback approver after Approvals:EscalateAfter (both in school time). One request's failure never stops the rest.
/// </summary>
public sealed partial class ApprovalFollowUp(
    ApprovalStore store,
    ApprovalService service,
    ApprovalDecisions decisions,
    ApproverPolicy policy,
    ApprovalMessenger messenger,
    ApprovalEventLog events,
    TimeProvider time,
    IOptions<ApprovalOptions> options,
    ILogger<ApprovalFollowUp> logger)
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    /// <summary>Runs one pass; returns how many requests it looked at.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var open = await store.ListOpenRequestsAsync(cancellationToken);
        var pending = await store.ListPendingAsync(cancellationToken);
        foreach (var request in open.Where(IsDue))
        {
            await GuardAsync(request, () => FollowUpAsync(request, cancellationToken), cancellationToken);
        }

        foreach (var request in pending.Where(r => !r.IsOpen))
        {
            await GuardAsync(request, () => decisions.NotifyAsync(request, cancellationToken), cancellationToken);
        }

        return open.Count + pending.Count;
    }

    /// <summary>Whether an open request needs anything now (so idle requests cost no writes).</summary>
    private bool IsDue(ApprovalRequestEntity request)
    {
        var waited = SchoolCalendar.SchoolTimeBetween(request.CreatedAt, time.GetUtcNow());
        return service.Recipients(request).Any(a => !CardCopies.Parse(request.Copies).ContainsKey(a))
            || (request.RemindedAt is null && request.ApproverActivityId.Length > 0 && waited >= options.Value.ReminderAfter)
            || (request.EscalatedAt is null && waited >= options.Value.EscalateAfter);
    }

    private async Task FollowUpAsync(ApprovalRequestEntity request, CancellationToken cancellationToken)
    {
        if (service.Recipients(request).Any(a => !CardCopies.Parse(request.Copies).ContainsKey(a)))
        {
            await service.DeliverAsync(request, null, cancellationToken);
        }

        var waited = SchoolCalendar.SchoolTimeBetween(request.CreatedAt, time.GetUtcNow());
        if (request.RemindedAt is null && request.ApproverActivityId.Length > 0 && waited >= options.Value.ReminderAfter)
        {
            var t = ApprovalTexts.For(request.Language);
            var text = t.Format(t.Reminder, Verkruisen.Bot.Cards.CardText.Escape(request.RequesterName), ApprovalCardParts.When(request.CreatedAt, t));
            if (await messenger.SendAsync(request.TenantId, request.ApproverAadId, request.RequesterAadId, ChatReply.FromText(text), cancellationToken) is not null)
            {
                await service.SaveAsync(request, r => r.RemindedAt ??= time.GetUtcNow(), cancellationToken);
                Log.Reminded(logger, request.Id);
                await events.AppendAsync(request.Id, ApprovalEvent.Reminded, "", cancellationToken, subjectAadId: request.ApproverAadId);
            }
        }

        if (request.EscalatedAt is null && waited >= options.Value.EscalateAfter)
        {
            await EscalateAsync(request, cancellationToken);
        }
    }

    private async Task EscalateAsync(ApprovalRequestEntity request, CancellationToken cancellationToken)
    {
        var fallback = await policy.FallbackForAsync(request.RequesterAadId, cancellationToken);
        var target = fallback is not null && !ApproverPolicy.Same(fallback.AadObjectId, request.ApproverAadId) ? fallback : null;
        await service.SaveAsync(request, r =>
        {
            r.EscalatedAt ??= time.GetUtcNow();
            if (target is not null && r.EscalatedToAadId.Length == 0)
            {
                r.EscalatedToAadId = target.AadObjectId;
                r.EscalatedToName = target.DisplayName;
            }
        }, cancellationToken);
        if (target is null)
        {
            return;
        }

        await store.AddApproverPointerAsync(request, target.AadObjectId, cancellationToken);
        await service.DeliverAsync(request, null, cancellationToken);
        var card = ChatReply.FromCard(ApprovalCards.Approver(request, canDecide: true));
        foreach (var (aad, activityId) in CardCopies.Parse(request.Copies))
        {
            await messenger.UpdateAsync(request.TenantId, aad, activityId, card, cancellationToken);
        }

        if (request.RequesterActivityId.Length > 0)
        {
            await messenger.UpdateAsync(request.TenantId, request.RequesterAadId, request.RequesterActivityId, ChatReply.FromCard(ApprovalCards.Requester(request)), cancellationToken);
        }

        Log.Escalated(logger, request.Id);
        await events.AppendAsync(request.Id, ApprovalEvent.Escalated, "", cancellationToken, subjectAadId: target.AadObjectId);
    }

    /// <summary>
    /// Works on a request only under a short lease taken with its ETag, so two passes (two instances) never both
    /// send the same reminder, escalation or card. A failure is logged; the next pass retries.
    /// </summary>
    private async Task GuardAsync(ApprovalRequestEntity request, Func<Task> work, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            if (request.FollowUpLeaseUntil > now)
            {
                return;
            }

            request.FollowUpLeaseUntil = now + LeaseDuration;
            try
            {
                await store.UpdateAsync(request, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return; // another pass has it
            }

            await work();
            await service.SaveAsync(request, r => r.FollowUpLeaseUntil = null, cancellationToken);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or InvalidOperationException)
        {
            Log.Failed(logger, request.Id, e.GetType().Name);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Approval request {RequestId}: approver reminded")]
        public static partial void Reminded(ILogger logger, string requestId);

        [LoggerMessage(2, LogLevel.Information, "Approval request {RequestId}: escalated to the fallback approver")]
        public static partial void Escalated(ILogger logger, string requestId);

        [LoggerMessage(3, LogLevel.Warning, "Follow-up of approval request {RequestId} failed ({ErrorType}); next pass retries")]
        public static partial void Failed(ILogger logger, string requestId, string errorType);
    }
}
