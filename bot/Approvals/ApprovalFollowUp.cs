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
/// fallback approver after Approvals:EscalateAfter (both in school time), and withdraw as expired what nobody decided
/// within Approvals:OpenRequestMaxDays (<see cref="ApprovalExpiry"/>). One request's failure never stops the rest.
/// </summary>
public sealed partial class ApprovalFollowUp(
    ApprovalStore store,
    ApprovalService service,
    ApprovalDecisions decisions,
    ApproverPolicy policy,
    ApprovalMessenger messenger,
    ApprovalEventLog events,
    ApprovalExpiry expiry,
    TimeProvider time,
    IOptions<ApprovalOptions> options,
    ILogger<ApprovalFollowUp> logger) : IChatOpened
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    /// <summary>Runs one pass; returns how many requests it looked at.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var open = await store.ListOpenRequestsAsync(cancellationToken);
        var pending = await store.ListPendingAsync(cancellationToken);
        foreach (var request in open.Where(IsDue))
        {
            await GuardAsync(request, r => FollowUpAsync(r, cancellationToken), cancellationToken);
        }

        foreach (var request in pending.Where(r => !r.IsOpen))
        {
            await GuardAsync(request, async r => (await decisions.NotifyAsync(r, cancellationToken)).Request, cancellationToken);
        }

        return open.Count + pending.Count;
    }

    /// <summary>
    /// A person's chat just appeared: every open request whose card they should have and do not (they had no chat
    /// yet) is delivered now, under the same lease as a follow-up pass.
    /// </summary>
    public async Task OnChatOpenedAsync(string tenantId, string userId, CancellationToken cancellationToken)
    {
        var waiting = (await store.ListOpenRequestsAsync(cancellationToken))
            .Where(r => ApproverPolicy.Same(r.TenantId, tenantId)
                && service.Recipients(r).Any(a => ApproverPolicy.Same(a, userId))
                && !r.HasCopy(userId));
        foreach (var request in waiting)
        {
            await GuardAsync(request, r => service.DeliverAsync(r, options.Value.NotifyBudget, cancellationToken), cancellationToken);
            Log.DeliveredOnChatOpened(logger, request.Id);
        }
    }

    /// <summary>Whether an open request needs anything now (so idle requests cost no writes).</summary>
    private bool IsDue(ApprovalRequest request)
    {
        var waited = SchoolCalendar.SchoolTimeBetween(request.CreatedAt, time.GetUtcNow());
        return expiry.IsDue(request)
            || service.Recipients(request).Any(a => !request.HasCopy(a))
            || (request.RemindedAt is null && request.ApproverActivityId.Length > 0 && waited >= options.Value.ReminderAfter)
            || (request.EscalatedAt is null && waited >= options.Value.EscalateAfter);
    }

    /// <summary>Whatever an open request needs now; returns it as stored afterwards.</summary>
    private async Task<ApprovalRequest> FollowUpAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        if (expiry.IsDue(request))
        {
            // Expired, or a decision came first: either way nothing is left to follow up.
            return (await expiry.ExpireAsync(request, cancellationToken)).Request;
        }

        if (service.Recipients(request).Any(a => !request.HasCopy(a)))
        {
            request = await service.DeliverAsync(request, null, cancellationToken);
        }

        var waited = SchoolCalendar.SchoolTimeBetween(request.CreatedAt, time.GetUtcNow());
        if (request.RemindedAt is null && request.ApproverActivityId.Length > 0 && waited >= options.Value.ReminderAfter)
        {
            var reader = await messenger.LanguageOfAsync(request.TenantId, request.ApproverAadId, cancellationToken);
            var t = ApprovalTexts.For(reader);
            var text = t.Format(request.IsQuestion ? QuestionTexts.For(reader).Reminder : t.Reminder, Verkruisen.Bot.Cards.CardText.Escape(request.RequesterName), ApprovalCardParts.When(request.CreatedAt, t));
            if (await messenger.SendAsync(request.TenantId, request.ApproverAadId, request.RequesterAadId, ChatReply.FromText(text), cancellationToken) is not null)
            {
                (_, request) = await store.SaveAsync(request, r => r with { RemindedAt = r.RemindedAt ?? time.GetUtcNow() }, cancellationToken);
                Log.Reminded(logger, request.Id);
                await events.AppendAsync(request.Id, ApprovalEvent.Reminded, "", cancellationToken, subjectAadId: request.ApproverAadId);
            }
        }

        if (request.EscalatedAt is null && waited >= options.Value.EscalateAfter)
        {
            request = await EscalateAsync(request, cancellationToken);
        }

        return request;
    }

    private async Task<ApprovalRequest> EscalateAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var fallback = await policy.FallbackForAsync(request.RequesterAadId, cancellationToken);
        var target = fallback is not null && !ApproverPolicy.Same(fallback.AadObjectId, request.ApproverAadId) ? fallback : null;
        (_, request) = await store.SaveAsync(request, r =>
        {
            var escalated = r with { EscalatedAt = r.EscalatedAt ?? time.GetUtcNow() };
            return target is null || r.EscalatedToAadId.Length > 0
                ? escalated
                : escalated with { EscalatedToAadId = target.AadObjectId, EscalatedToName = target.DisplayName };
        }, cancellationToken);
        if (target is null)
        {
            return request;
        }

        request = await service.DeliverAsync(request, null, cancellationToken);
        foreach (var (aad, activityId) in request.Copies)
        {
            var card = ChatReply.FromCard(ApprovalCards.Approver(request, canDecide: true, await messenger.LanguageOfAsync(request.TenantId, aad, cancellationToken)));
            await messenger.UpdateAsync(request.TenantId, aad, activityId, card, cancellationToken);
        }

        if (request.RequesterActivityId.Length > 0)
        {
            await messenger.UpdateAsync(request.TenantId, request.RequesterAadId, request.RequesterActivityId, ChatReply.FromCard(ApprovalCards.Requester(request)), cancellationToken);
        }

        Log.Escalated(logger, request.Id);
        await events.AppendAsync(request.Id, ApprovalEvent.Escalated, "", cancellationToken, subjectAadId: target.AadObjectId);
        return request;
    }

    /// <summary>
    /// Works on a request only under a short lease taken with its ETag, so two passes (two instances) never both
    /// send the same reminder, escalation or card. <paramref name="work"/> gets the leased request and returns it as
    /// stored afterwards. A failure is logged; the next pass retries.
    /// </summary>
    private async Task GuardAsync(ApprovalRequest request, Func<ApprovalRequest, Task<ApprovalRequest>> work, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var (leased, current) = await store.SaveAsync(
                request,
                r => r.FollowUpLeaseUntil > now ? null : r with { FollowUpLeaseUntil = now + LeaseDuration }, // null: another pass (or a click's notifications) has it
                cancellationToken);
            if (!leased)
            {
                return;
            }

            current = await work(current);
            await store.SaveAsync(current, r => r with { FollowUpLeaseUntil = null }, cancellationToken);
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

        [LoggerMessage(4, LogLevel.Information, "Approval request {RequestId}: delivered when the approver's chat appeared")]
        public static partial void DeliveredOnChatOpened(ILogger logger, string requestId);
    }
}
