using Azure;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Approvals.Cards;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Deciding, withdrawing and refreshing. Only the approver (or a deputy, or after an escalation the fallback
/// approver) decides; nobody on their own request. The first decision wins: it is a conditional write on the
/// request's ETag, so of two clicks at once exactly one is stored and the other sees the decided card. Afterwards the
/// requester is told and every copy of the card is updated (within a time budget; the follow-up finishes the rest).
/// </summary>
public sealed partial class ApprovalDecisions(
    ApprovalStore store,
    ApproverPolicy policy,
    ApprovalMessenger messenger,
    ApprovalEventLog events,
    TimeProvider time,
    IOptions<ApprovalOptions> options,
    ILogger<ApprovalDecisions> logger)
{
    /// <summary>How long after a decision's notify budget the follow-up still leaves its notifications to the click.</summary>
    private static readonly TimeSpan NotifyLease = TimeSpan.FromMinutes(1);

    public async Task<CardActionResult> DecideAsync(CardActionRequest action, ApprovalStatus decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var t = ApprovalTexts.For(action.Language);
        var userId = action.User.AadObjectId;
        var request = await store.GetAsync(action.Get(ApprovalVerbs.RequestIdKey) ?? "", cancellationToken);
        if (request is null)
        {
            return new CardActionResult.Failure(404, "NotFound", t.NotFound);
        }

        // Checked on the request as stored at each attempt: a decision stored meanwhile is seen, not overwritten.
        CardActionResult? refused = null;
        var (saved, decided) = await store.SaveAsync(request, r =>
        {
            refused = Refusal(r, action, decision, userId);
            return refused is null ? Close(r, decision, action.User, action.Get(ApprovalVerbs.CommentKey)) : null;
        }, cancellationToken);
        if (!saved)
        {
            return refused ?? new CardActionResult.Failure(409, "Busy", t.Busy);
        }

        Log.Decided(logger, decided.Id, decided.Status);
        await events.AppendAsync(decided.Id, ApprovalEvent.Closed(decided.Status), decided.DecidedByAadId, cancellationToken);
        decided = await FinishAsync(decided, cancellationToken);
        return new CardActionResult.ReplaceCard(ApprovalCards.Approver(decided, canDecide: false, action.Language));
    }

    /// <summary>Why this user may not take this decision on the request as it stands (or null: they may).</summary>
    private CardActionResult? Refusal(ApprovalRequest request, CardActionRequest action, ApprovalStatus decision, string? userId)
    {
        var t = ApprovalTexts.For(action.Language);
        if (userId is not null && ApproverPolicy.Same(userId, request.RequesterAadId))
        {
            Log.Refused(logger, request.Id, "own request");
            return new CardActionResult.Failure(403, "OwnRequest", t.OwnRequest);
        }

        if (!policy.CanDecide(request, userId))
        {
            Log.Refused(logger, request.Id, "not an approver");
            return new CardActionResult.Failure(403, "NotApprover", t.NotYours);
        }

        if (!request.IsOpen)
        {
            Log.AlreadyClosed(logger, request.Id, request.Status);
            return new CardActionResult.ReplaceCard(ApprovalCards.Approver(request, canDecide: false, action.Language));
        }

        // A question gets a reply (never approve/reject), a draft a decision; a reply needs words.
        var q = QuestionTexts.For(action.Language);
        if (request.IsQuestion != (decision == ApprovalStatus.Answered))
        {
            return new CardActionResult.Failure(400, "WrongKind", request.IsQuestion ? q.ReplyRequired : q.NotAQuestion);
        }

        return decision == ApprovalStatus.Answered && string.IsNullOrWhiteSpace(action.Get(ApprovalVerbs.CommentKey))
            ? new CardActionResult.Failure(400, "EmptyReply", q.ReplyRequired)
            : null;
    }

    public async Task<CardActionResult> WithdrawAsync(CardActionRequest action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var t = ApprovalTexts.For(action.Language);
        var request = await store.GetAsync(action.Get(ApprovalVerbs.RequestIdKey) ?? "", cancellationToken);
        if (request is null)
        {
            return new CardActionResult.Failure(404, "NotFound", t.NotFound);
        }

        if (action.User.AadObjectId is not { } userId || !ApproverPolicy.Same(userId, request.RequesterAadId))
        {
            return new CardActionResult.Failure(403, "NotRequester", t.OnlyRequesterWithdraws);
        }

        var (saved, withdrawn) = await store.SaveAsync(request, r => r.IsOpen
            ? Close(r, ApprovalStatus.Withdrawn, action.User, null) with { RequesterTold = true } // they did it themselves
            : null, cancellationToken);
        if (!saved)
        {
            return withdrawn.IsOpen ? new CardActionResult.Failure(409, "Busy", t.Busy) : new CardActionResult.ReplaceCard(ApprovalCards.Requester(withdrawn));
        }

        Log.Decided(logger, withdrawn.Id, withdrawn.Status);
        await events.AppendAsync(withdrawn.Id, ApprovalEvent.Closed(withdrawn.Status), withdrawn.DecidedByAadId, cancellationToken);
        withdrawn = await FinishAsync(withdrawn, cancellationToken);
        return new CardActionResult.ReplaceCard(ApprovalCards.Requester(withdrawn));
    }

    /// <summary>
    /// Universal Actions refresh: the current card for whoever may see it (requester, approver, deputy, escalation target,
    /// director, anyone the card was sent to). Anyone else, and any id that does not exist, gets a card that says nothing
    /// about the request, not even whether it exists.
    /// </summary>
    public async Task<CardActionResult> RefreshAsync(CardActionRequest action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var request = await store.GetAsync(action.Get(ApprovalVerbs.RequestIdKey) ?? "", cancellationToken);
        var userId = action.User.AadObjectId;
        if (request is null || !policy.CanView(request, userId))
        {
            Log.RefreshRefused(logger, request?.Id ?? "(none)");
            return new CardActionResult.ReplaceCard(ApprovalCards.NotVisible(action.Language));
        }

        return new CardActionResult.ReplaceCard(ApproverPolicy.Same(userId!, request.RequesterAadId)
            ? ApprovalCards.Requester(request)
            : ApprovalCards.Approver(request, policy.CanDecide(request, userId), action.Language));
    }

    /// <summary>
    /// After the decision is stored: pointers moved, requester told, card copies updated. Anything not done within
    /// the budget stays marked (NotifyPending + the "pending" pointer) for the follow-up. Returns the request as stored afterwards.
    /// </summary>
    public async Task<ApprovalRequest> FinishAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            await store.MarkClosedAsync(request, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            Log.IndexFailed(logger, request.Id, e.Status);
            return request; // the "open" pointer stays; the follow-up finishes this request
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.NotifyBudget);
        var done = false;
        try
        {
            (done, request) = await NotifyAsync(request, budget.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or RequestFailedException)
        {
            Log.NotifyLater(logger, request.Id);
        }

        return done ? request : await ReleaseAsync(request, cancellationToken);
    }

    /// <summary>Hands what is still pending to the follow-up now rather than when the decision's lease runs out.</summary>
    private async Task<ApprovalRequest> ReleaseAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return (await store.SaveAsync(request, r => r with { FollowUpLeaseUntil = null }, cancellationToken)).Request;
        }
        catch (Exception e) when (e is OperationCanceledException or RequestFailedException)
        {
            Log.NotifyLater(logger, request.Id); // the lease runs out by itself
            return request;
        }
    }

    /// <summary>
    /// Tells the requester (once) and updates every copy; clears the pending mark when all went through. Done: all went
    /// through; Request: the request as stored afterwards.
    /// </summary>
    public async Task<(bool Done, ApprovalRequest Request)> NotifyAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allDone = true;
        var told = request.RequesterTold;
        if (!told)
        {
            told = await messenger.SendAsync(request.TenantId, request.RequesterAadId, request.RequesterAadId, ChatReply.FromText(Outcome(request)), cancellationToken) is not null;
            allDone &= told;
        }

        if (request.RequesterActivityId.Length > 0)
        {
            allDone &= await messenger.UpdateAsync(request.TenantId, request.RequesterAadId, request.RequesterActivityId, ChatReply.FromCard(ApprovalCards.Requester(request)), cancellationToken);
        }

        foreach (var (aad, activityId) in request.Copies)
        {
            var approverCard = ChatReply.FromCard(ApprovalCards.Approver(request, canDecide: false, await messenger.LanguageOfAsync(request.TenantId, aad, cancellationToken)));
            allDone &= await messenger.UpdateAsync(request.TenantId, aad, activityId, approverCard, cancellationToken);
        }

        if (told != request.RequesterTold || allDone)
        {
            // Another write since (a lease, a follow-up) must not lose that the requester was told: they would be told twice.
            (_, request) = await store.SaveAsync(request, r => r with
            {
                RequesterTold = r.RequesterTold || told,
                NotifyPending = r.NotifyPending && !allDone,
                FollowUpLeaseUntil = null, // done with it: a follow-up may take what is left
            }, cancellationToken);
        }

        if (allDone)
        {
            await store.ClearPendingAsync(request.Id, cancellationToken);
        }

        return (allDone, request);
    }

    /// <summary>The request decided (or withdrawn) by this user now; the notifications are this click's for a while.</summary>
    private ApprovalRequest Close(ApprovalRequest request, ApprovalStatus status, ChatUser user, string? comment) => request with
    {
        Status = status,
        DecidedAt = time.GetUtcNow(),
        DecidedByAadId = user.AadObjectId ?? "",
        DecidedByName = ApprovalService.Cap(user.DisplayName ?? user.AadObjectId ?? "", ApprovalService.MaxNameLength),
        Comment = ApprovalService.Cap((comment ?? "").Trim(), ApprovalService.MaxQuestionLength),
        NotifyPending = true,

        // This click tells the requester and updates the cards now; a follow-up pass leaves it alone meanwhile (it would
        // tell them a second time) and takes over only what is still pending after the lease.
        FollowUpLeaseUntil = time.GetUtcNow() + options.Value.NotifyBudget + NotifyLease,
    };

    /// <summary>The outcome for the requester, standing on its own: who decided, and which post (date, platform, first words).</summary>
    internal static string Outcome(ApprovalRequest request)
    {
        var t = ApprovalTexts.For(request.Language);
        var days = ((request.DecidedAt ?? request.CreatedAt) - request.CreatedAt).Days;
        if (request.IsQuestion)
        {
            var q = QuestionTexts.For(request.Language);
            var asked = request.DraftPurgedAt is null ? CardText.Escape(CardText.FirstWords(request.Question, 80)) : t.DraftPurged;
            var said = request.Status == ApprovalStatus.Expired
                ? t.Format(q.OutcomeExpired, CardText.Escape(request.ApproverName), days)
                : t.Format(q.Outcome, CardText.Escape(request.DecidedByName)) + "\n\n" + CardText.Escape(request.Comment);
            return said + "\n\n" + t.Format(q.OutcomeQuestion, ApprovalCardParts.When(request.CreatedAt, t), asked);
        }

        var text = request.Status switch
        {
            ApprovalStatus.Approved => t.Format(t.OutcomeApproved, CardText.Escape(request.DecidedByName)),
            ApprovalStatus.Expired => t.Format(t.OutcomeExpired, CardText.Escape(request.ApproverName), days),
            _ => t.Format(t.OutcomeRejected, CardText.Escape(request.DecidedByName)),
        };
        var platform = request.Platform.Length > 0 ? " (" + CardText.Escape(request.Platform) + ")" : "";
        var words = request.DraftPurgedAt is null ? CardText.Escape(CardText.FirstWords(request.Draft, 80)) : t.DraftPurged;
        text += "\n\n" + t.Format(t.OutcomePost, ApprovalCardParts.When(request.CreatedAt, t), platform, words);
        return request.Comment.Length > 0 ? text + "\n\n" + t.CommentShown + CardText.Escape(request.Comment) : text;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Approval request {RequestId} is now {Status}")]
        public static partial void Decided(ILogger logger, string requestId, ApprovalStatus status);

        [LoggerMessage(2, LogLevel.Warning, "Decision on approval request {RequestId} refused: {Reason}")]
        public static partial void Refused(ILogger logger, string requestId, string reason);

        [LoggerMessage(3, LogLevel.Information, "Approval request {RequestId} was already {Status}: nothing changed")]
        public static partial void AlreadyClosed(ILogger logger, string requestId, ApprovalStatus status);

        [LoggerMessage(4, LogLevel.Warning, "Approval request {RequestId}: index update failed ({Status}); the follow-up finishes it")]
        public static partial void IndexFailed(ILogger logger, string requestId, int status);

        [LoggerMessage(6, LogLevel.Warning, "Refresh of approval request {RequestId} refused: not someone who may see it")]
        public static partial void RefreshRefused(ILogger logger, string requestId);

        [LoggerMessage(5, LogLevel.Information, "Approval request {RequestId}: notifications left to the follow-up")]
        public static partial void NotifyLater(ILogger logger, string requestId);
    }
}
