using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>
/// The row of one approval request, the source of truth (table ApprovalRequests). PartitionKey = request id, RowKey = "".
/// Only the store sees it: features work on <see cref="ApprovalRequest"/>, and <see cref="ApprovalRequestMapping"/> is
/// the one place that turns one into the other. The columns' names and formats are those rows have always been stored
/// with, so every stored row reads as it is.
/// </summary>
internal sealed class ApprovalRequestEntity : TableRow
{
    public string Id => PartitionKey;

    public string TenantId { get; set; } = "";

    public string RequesterAadId { get; set; } = "";

    public string RequesterName { get; set; } = "";

    /// <summary>The requester's channel id (29:…), for the card's refresh list.</summary>
    public string RequesterChannelId { get; set; } = "";

    public string ApproverAadId { get; set; } = "";

    public string ApproverName { get; set; } = "";

    /// <summary>The fallback approver the request was escalated to, or "".</summary>
    public string EscalatedToAadId { get; set; } = "";

    public string EscalatedToName { get; set; } = "";

    /// <summary>Channel user ids (29:…) that get the card refreshed: requester, approver, deputies; comma-separated.</summary>
    public string RefreshUserIds { get; set; } = "";

    /// <summary>An <see cref="ApprovalStatus"/> by name ("Open", "Approved", ...).</summary>
    public string Status { get; set; } = nameof(ApprovalStatus.Open);

    /// <summary>"nl" or "en".</summary>
    public string Language { get; set; } = "nl";

    public string Draft { get; set; } = "";

    public string Platform { get; set; } = "";

    /// <summary>"true", "false" or "" (not said).</summary>
    public string Photos { get; set; } = "";

    public string Question { get; set; } = "";

    /// <summary>"draft" (a post to approve) or "question" (a question to the manager, no draft: rule 8).</summary>
    public string Kind { get; set; } = "draft";

    /// <summary>For a question: the bot's answer the teacher still doubted (erased with the draft text).</summary>
    public string BotAnswer { get; set; } = "";

    /// <summary>"allowed", "ask-manager", "not-allowed", or "" (a question, an erased requester).</summary>
    public string Verdict { get; set; } = "";

    /// <summary>Comma-separated rule numbers.</summary>
    public string Rules { get; set; } = "";

    /// <summary>The checker's findings (System.Text.Json, <see cref="ApprovalJsonContext"/>).</summary>
    public string FindingsJson { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string DecidedByAadId { get; set; } = "";

    public string DecidedByName { get; set; } = "";

    public string Comment { get; set; } = "";

    /// <summary>The card in the approver's chat, once delivered.</summary>
    public string ApproverActivityId { get; set; } = "";

    /// <summary>Every copy of the approver's card (approver, deputies, escalation): "aadId=activityId|aadId=activityId".</summary>
    public string Copies { get; set; } = "";

    /// <summary>Whether the requester got the message with the outcome.</summary>
    public bool RequesterTold { get; set; }

    /// <summary>The requester's status card (the card they clicked, replaced).</summary>
    public string RequesterActivityId { get; set; } = "";

    public int DeliveryAttempts { get; set; }

    public DateTimeOffset? RemindedAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>True from a decision until the requester is told and every card copy is updated.</summary>
    public bool NotifyPending { get; set; }

    public DateTimeOffset? DraftPurgedAt { get; set; }

    /// <summary>Until when one follow-up pass (of one instance) works on this request; others skip it.</summary>
    public DateTimeOffset? FollowUpLeaseUntil { get; set; }
}
