using Microsoft.Extensions.Options;
using Verkruisen.Bot.Approvals.Cards;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Making a request: checked, stored before anything is sent, then sent to the approver (and deputies). The
/// requester's card says to whom, or that the approver is not reachable yet (the follow-up retries).
/// </summary>
public sealed partial class ApprovalService(
    ApprovalStore store,
    ApproverPolicy policy,
    ApprovalMessenger messenger,
    DraftChecker checker,
    ApprovalEventLog events,
    TimeProvider time,
    IOptions<ApprovalOptions> options,
    ILogger<ApprovalService> logger)
{
    /// <summary>As for draft checks: a platform is a word or two.</summary>
    public const int MaxPlatformLength = 40;
    public const int MaxNameLength = 256;
    public const int MaxIdLength = 1024;
    public const int MaxQuestionLength = 1000;

    public int MaxDraftLength => options.Value.MaxDraftLength;

    /// <summary>
    /// A draft for approval. <paramref name="replaceCardId"/> is the form that was submitted (its card becomes the
    /// status card); null when the request comes from a card that stays (a verdict): the status card is a new message.
    /// </summary>
    public async Task<CardActionResult> CreateAsync(
        ChatUser user, string draft, DraftContext context, string question, Language language, string? replaceCardId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(draft);
        var t = ApprovalTexts.For(language);
        draft = draft.Trim();
        if (draft.Length == 0 || draft.Length > MaxDraftLength)
        {
            var notice = draft.Length == 0 ? t.EmptyDraft : t.Format(t.TooLong, draft.Length, MaxDraftLength);
            return new CardActionResult.ReplaceCard(ApprovalCards.Form(language, MaxDraftLength, notice, draft.Length == 0 ? null : draft));
        }

        var check = checker.Check(draft, context, language);
        return await SubmitAsync(user, language, replaceCardId, r => r with
        {
            Draft = draft,
            Platform = Cap(context.Platform ?? "", MaxPlatformLength),
            Photos = context.Photos,
            Question = Cap(question.Trim(), MaxQuestionLength),
            Verdict = check.Verdict ?? Verdict.AskManager,
            Rules = [.. check.Rules],
            Findings = [.. check.Findings],
        }, cancellationToken);
    }

    /// <summary>
    /// A question to the manager (rule 8, no draft), with the bot's answer and its rules when it comes from an answer
    /// card. Same approver, deputies, first reply wins, reminders, storage and retention as a draft.
    /// </summary>
    public async Task<CardActionResult> CreateQuestionAsync(
        ChatUser user, string question, string botAnswer, string rules, Language language, string? replaceCardId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(question);
        question = question.Trim();
        if (question.Length == 0)
        {
            return new CardActionResult.ReplaceCard(QuestionCards.Form(language, QuestionTexts.For(language).EmptyQuestion));
        }

        return await SubmitAsync(user, language, replaceCardId, r => r with
        {
            Kind = ApprovalKind.Question,
            Question = Cap(question, MaxQuestionLength),
            BotAnswer = Cap((botAnswer ?? "").Trim(), MaxQuestionLength),
            Rules = (rules ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        }, cancellationToken);
    }

    /// <summary>Approver found, stored before anything is sent, sent; the requester's status card replaces the form or follows as a new message.</summary>
    private async Task<CardActionResult> SubmitAsync(
        ChatUser user, Language language, string? replaceCardId, Func<ApprovalRequest, ApprovalRequest> fill, CancellationToken cancellationToken)
    {
        var t = ApprovalTexts.For(language);
        if (string.IsNullOrWhiteSpace(user.AadObjectId) || string.IsNullOrWhiteSpace(user.TenantId))
        {
            return new CardActionResult.Message(t.Unknown);
        }

        var approver = await policy.ResolveAsync(user.AadObjectId, cancellationToken);
        if (approver is null)
        {
            Log.NoApprover(logger);
            return new CardActionResult.Message(t.NoApprover);
        }

        var request = fill(new ApprovalRequest
        {
            Id = Guid.NewGuid().ToString("N"),
            TenantId = user.TenantId,
            RequesterAadId = user.AadObjectId,
            RequesterName = Cap(user.DisplayName ?? user.AadObjectId, MaxNameLength),
            RequesterChannelId = Cap(user.ChannelUserId, MaxIdLength),
            RequesterActivityId = Cap(replaceCardId ?? "", MaxIdLength),
            ApproverAadId = approver.AadObjectId,
            ApproverName = Cap(approver.DisplayName, MaxNameLength),
            Language = language,
            CreatedAt = time.GetUtcNow(),
            RefreshUserIds = [.. new[] { user.ChannelUserId, await messenger.ChannelIdAsync(user.TenantId, approver.AadObjectId, cancellationToken) }
                .OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)],
        });
        request = await store.CreateAsync(request, cancellationToken); // all or nothing; a storage failure is the router's to tell

        Log.Created(logger, request.Id, request.Kind, request.Verdict, request.Rules.Count);
        await events.AppendAsync(request.Id, ApprovalEvent.Requested, request.RequesterAadId, cancellationToken);
        request = await DeliverAsync(request, options.Value.NotifyBudget, cancellationToken);
        if (replaceCardId is not null)
        {
            return new CardActionResult.ReplaceCard(ApprovalCards.Requester(request));
        }

        // The card the teacher clicked stays as it was; the status card is a new message, kept up to date by its id.
        var statusId = await messenger.SendAsync(request.TenantId, request.RequesterAadId, request.RequesterAadId, ChatReply.FromCard(ApprovalCards.Requester(request)), cancellationToken);
        if (statusId is not null)
        {
            (_, request) = await store.SaveAsync(request, r => r with { RequesterActivityId = statusId }, cancellationToken);
        }

        // The notice under the clicked card says where the request stands (also when the status card could not go yet).
        return new CardActionResult.Message(t.Format(Cards.ApprovalCardParts.SentTemplate(request, t), request.ApproverName));
    }

    /// <summary>
    /// Sends the approver's card to the approver, their deputies and (after an escalation) the fallback approver,
    /// to whoever has no copy yet; records the copies. Returns the request as stored afterwards: delivered when its
    /// <see cref="ApprovalRequest.ApproverActivityId"/> is set.
    /// </summary>
    public async Task<ApprovalRequest> DeliverAsync(ApprovalRequest request, TimeSpan? sendBudget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var budget = Budget(sendBudget, cancellationToken);

        var sent = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in Recipients(request).Where(a => !request.HasCopy(a)))
        {
            var card = ChatReply.FromCard(ApprovalCards.Approver(request, canDecide: true, await messenger.LanguageOfAsync(request.TenantId, target, budget.Token)));
            if (await messenger.SendAsync(request.TenantId, target, request.RequesterAadId, card, budget.Token) is { } activityId)
            {
                sent[target] = activityId;
            }
        }

        // Everyone who holds a copy gets it refreshed (Universal Actions need their channel user id).
        var refreshIds = new List<string>();
        foreach (var target in sent.Keys)
        {
            if (await messenger.ChannelIdAsync(request.TenantId, target, cancellationToken) is { Length: > 0 } channelId)
            {
                refreshIds.Add(channelId);
            }
        }

        var wasDelivered = request.ApproverActivityId.Length > 0;
        var isRetry = request.DeliveryAttempts > 0;
        (_, request) = await store.SaveAsync(request, r => sent.Aggregate(r, (copy, s) => copy.WithCopy(s.Key, s.Value)) with
        {
            RefreshUserIds = [.. r.RefreshUserIds.Concat(refreshIds).Distinct(StringComparer.Ordinal)],
            DeliveryAttempts = r.DeliveryAttempts + 1,
        }, cancellationToken);
        Log.Delivered(logger, request.Id, sent.Count, request.ApproverActivityId.Length > 0);
        foreach (var target in sent.Keys)
        {
            await events.AppendAsync(request.Id, ApprovalEvent.Delivered, "", cancellationToken, subjectAadId: target);
        }

        if (isRetry && !wasDelivered && request.ApproverActivityId.Length > 0)
        {
            // The requester's card said "not reachable yet": now it says to whom it went (or, never sent, it goes now).
            // A budget of its own: this is the only moment the card is corrected, so it does not get what the approvers'
            // sends and the saves before it left over (on a slow Connector that was nothing, and the card kept saying
            // "not reachable").
            using var statusBudget = Budget(sendBudget, cancellationToken);

            var status = ChatReply.FromCard(ApprovalCards.Requester(request));
            if (request.RequesterActivityId.Length > 0)
            {
                await messenger.UpdateAsync(request.TenantId, request.RequesterAadId, request.RequesterActivityId, status, statusBudget.Token);
            }
            else if (await messenger.SendAsync(request.TenantId, request.RequesterAadId, request.RequesterAadId, status, statusBudget.Token) is { } statusId)
            {
                (_, request) = await store.SaveAsync(request, r => r with { RequesterActivityId = statusId }, cancellationToken);
            }
        }

        return request;
    }

    /// <summary>Who should have the approver's card: approver, escalation target and their deputies, never the requester.</summary>
    public IEnumerable<string> Recipients(ApprovalRequest request) =>
        ApproverPolicy.Approvers(request)
            .SelectMany(a => policy.DeputiesOf(a).Prepend(a))
            .Where(a => !ApproverPolicy.Same(a, request.RequesterAadId))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cancelled with <paramref name="cancellationToken"/> and, when there is one, after <paramref name="limit"/>.</summary>
    private static CancellationTokenSource Budget(TimeSpan? limit, CancellationToken cancellationToken)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (limit is { } after)
        {
            budget.CancelAfter(after);
        }

        return budget;
    }

    /// <summary>Every stored text has a cap (Table Storage refuses a property over 64 KB, and nothing needs more).</summary>
    internal static string Cap(string text, int max) => text.Length <= max ? text : text[..max];

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Approval request {RequestId} stored ({Kind}, verdict {Verdict}, {RuleCount} rules)")]
        public static partial void Created(ILogger logger, string requestId, ApprovalKind kind, Verdict? verdict, int ruleCount);

        [LoggerMessage(2, LogLevel.Information, "Approval request {RequestId}: card sent to {Count} people now, approver has it: {Delivered}")]
        public static partial void Delivered(ILogger logger, string requestId, int count, bool delivered);

        [LoggerMessage(4, LogLevel.Information, "Approval request refused: no approver (no manager, no fallback)")]
        public static partial void NoApprover(ILogger logger);
    }
}
