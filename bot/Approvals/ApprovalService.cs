using System.Text.Json;
using Azure;
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

    public async Task<CardActionResult> CreateAsync(
        ChatUser user, string draft, DraftContext context, string question, Language language, string? cardActivityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(draft);
        var t = ApprovalTexts.For(language);
        if (string.IsNullOrWhiteSpace(user.AadObjectId) || string.IsNullOrWhiteSpace(user.TenantId))
        {
            return new CardActionResult.Message(t.Unknown);
        }

        draft = draft.Trim();
        if (draft.Length == 0 || draft.Length > MaxDraftLength)
        {
            var notice = draft.Length == 0 ? t.EmptyDraft : t.Format(t.TooLong, draft.Length, MaxDraftLength);
            return new CardActionResult.ReplaceCard(ApprovalCards.Form(language, MaxDraftLength, notice, draft.Length == 0 ? null : draft));
        }

        var approver = await policy.ResolveAsync(user.AadObjectId, cancellationToken);
        if (approver is null)
        {
            Log.NoApprover(logger);
            return new CardActionResult.Message(t.NoApprover);
        }

        var check = checker.Check(draft, context, language);
        var request = new ApprovalRequestEntity
        {
            PartitionKey = Guid.NewGuid().ToString("N"),
            TenantId = user.TenantId,
            RequesterAadId = user.AadObjectId,
            RequesterName = Cap(user.DisplayName ?? user.AadObjectId, MaxNameLength),
            RequesterChannelId = Cap(user.ChannelUserId, MaxIdLength),
            RequesterActivityId = Cap(cardActivityId ?? "", MaxIdLength),
            ApproverAadId = approver.AadObjectId,
            ApproverName = Cap(approver.DisplayName, MaxNameLength),
            Language = language == Language.En ? "en" : "nl",
            Draft = draft,
            Platform = Cap(context.Platform ?? "", MaxPlatformLength),
            Photos = context.Photos is { } photos ? (photos ? "true" : "false") : "",
            Question = Cap(question.Trim(), MaxQuestionLength),
            Verdict = (check.Verdict ?? Verdict.AskManager).ToWire(),
            Rules = string.Join(',', check.Rules),
            FindingsJson = JsonSerializer.Serialize([.. check.Findings], ApprovalJsonContext.Default.ListFinding),
            CreatedAt = time.GetUtcNow(),
        };
        request.RefreshUserIds = string.Join(',', new[] { user.ChannelUserId, await messenger.ChannelIdAsync(user.TenantId, approver.AadObjectId, cancellationToken) }
            .Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal));
        await store.CreateAsync(request, cancellationToken); // all or nothing; a storage failure is the router's to tell

        Log.Created(logger, request.Id, request.Verdict, check.Findings.Count);
        await events.AppendAsync(request.Id, ApprovalEvent.Requested, request.RequesterAadId, cancellationToken);
        await DeliverAsync(request, options.Value.NotifyBudget, cancellationToken);
        return new CardActionResult.ReplaceCard(ApprovalCards.Requester(request));
    }

    /// <summary>
    /// Sends the approver's card to the approver, their deputies and (after an escalation) the fallback approver,
    /// to whoever has no copy yet; records the copies. True when the approver (or, escalated, anyone) has it.
    /// </summary>
    public async Task<bool> DeliverAsync(ApprovalRequestEntity request, TimeSpan? sendBudget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (sendBudget is { } limit)
        {
            budget.CancelAfter(limit);
        }

        var sent = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var card = ChatReply.FromCard(ApprovalCards.Approver(request, canDecide: true));
        foreach (var target in Recipients(request).Where(a => !CardCopies.Parse(request.Copies).ContainsKey(a)))
        {
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
        await SaveAsync(request, r =>
        {
            foreach (var (aad, activityId) in sent)
            {
                r.Copies = CardCopies.With(r.Copies, aad, activityId);
                if (ApproverPolicy.Same(aad, r.ApproverAadId))
                {
                    r.ApproverActivityId = activityId;
                }
            }

            r.RefreshUserIds = string.Join(',', r.RefreshUserIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Concat(refreshIds).Distinct(StringComparer.Ordinal));
            r.DeliveryAttempts++;
        }, cancellationToken);
        Log.Delivered(logger, request.Id, sent.Count, request.ApproverActivityId.Length > 0);
        foreach (var target in sent.Keys)
        {
            await events.AppendAsync(request.Id, ApprovalEvent.Delivered, "", cancellationToken, subjectAadId: target);
        }

        if (isRetry && !wasDelivered && request.ApproverActivityId.Length > 0 && request.RequesterActivityId.Length > 0)
        {
            // The requester's card said "not reachable yet": now it says to whom it went.
            await messenger.UpdateAsync(request.TenantId, request.RequesterAadId, request.RequesterActivityId, ChatReply.FromCard(ApprovalCards.Requester(request)), budget.Token);
        }

        return request.ApproverActivityId.Length > 0;
    }

    /// <summary>Who should have the approver's card: approver, escalation target and their deputies, never the requester.</summary>
    public IEnumerable<string> Recipients(ApprovalRequestEntity request) =>
        ApproverPolicy.Approvers(request)
            .SelectMany(a => policy.DeputiesOf(a).Prepend(a))
            .Where(a => !ApproverPolicy.Same(a, request.RequesterAadId))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Applies a change and writes it under the ETag; on a conflict reloads and applies it again.</summary>
    public async Task<bool> SaveAsync(ApprovalRequestEntity request, Action<ApprovalRequestEntity> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(change);
        var current = request;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            change(current);
            try
            {
                await store.UpdateAsync(current, cancellationToken);
                Copy(current, request);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                current = await store.GetAsync(request.Id, cancellationToken) ?? throw new InvalidOperationException("The request disappeared.");
            }
        }

        return false;
    }

    private static void Copy(ApprovalRequestEntity from, ApprovalRequestEntity to)
    {
        if (ReferenceEquals(from, to))
        {
            return;
        }

        foreach (var property in typeof(ApprovalRequestEntity).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(to, property.GetValue(from));
        }
    }

    /// <summary>Every stored text has a cap (Table Storage refuses a property over 64 KB, and nothing needs more).</summary>
    internal static string Cap(string text, int max) => text.Length <= max ? text : text[..max];

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Approval request {RequestId} stored ({Verdict}, {FindingCount} findings)")]
        public static partial void Created(ILogger logger, string requestId, string verdict, int findingCount);

        [LoggerMessage(2, LogLevel.Information, "Approval request {RequestId}: card sent to {Count} people now, approver has it: {Delivered}")]
        public static partial void Delivered(ILogger logger, string requestId, int count, bool delivered);

        [LoggerMessage(4, LogLevel.Information, "Approval request refused: no approver (no manager, no fallback)")]
        public static partial void NoApprover(ILogger logger);
    }
}
