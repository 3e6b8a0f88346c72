using Azure;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// One approval request (a draft to approve, or a question to the manager) as the features see it. Immutable: a change
/// is a copy (<c>with</c>) written through <see cref="Storage.ApprovalStore.SaveAsync"/>, the one ETag-guarded write.
/// Absent texts and ids are "". Lists compare by reference (records do): compare stored requests member by member.
/// </summary>
public sealed record ApprovalRequest
{
    /// <summary>32 lowercase hex digits (a Guid "N").</summary>
    public required string Id { get; init; }

    public ApprovalKind Kind { get; init; } = ApprovalKind.Draft;

    public ApprovalStatus Status { get; init; } = ApprovalStatus.Open;

    public required string TenantId { get; init; }

    public required string RequesterAadId { get; init; }

    public string RequesterName { get; init; } = "";

    /// <summary>The requester's channel id (29:…), for the card's refresh list.</summary>
    public string RequesterChannelId { get; init; } = "";

    public required string ApproverAadId { get; init; }

    public string ApproverName { get; init; } = "";

    /// <summary>The fallback approver the request was escalated to, or "".</summary>
    public string EscalatedToAadId { get; init; } = "";

    public string EscalatedToName { get; init; } = "";

    /// <summary>Channel user ids (29:…) that get the card refreshed: requester, approver, deputies.</summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];

    /// <summary>The requester's language (their status card and the outcome).</summary>
    public Language Language { get; init; } = Language.Nl;

    public string Draft { get; init; } = "";

    public string Platform { get; init; } = "";

    /// <summary>Whether the post has photos; null when not said.</summary>
    public bool? Photos { get; init; }

    public string Question { get; init; } = "";

    /// <summary>For a question: the bot's answer the teacher still doubted (erased with the draft text).</summary>
    public string BotAnswer { get; init; } = "";

    /// <summary>The checker's verdict on the draft; null for a question (and after the requester's erasure).</summary>
    public Verdict? Verdict { get; init; }

    public IReadOnlyList<string> Rules { get; init; } = [];

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string DecidedByAadId { get; init; } = "";

    public string DecidedByName { get; init; } = "";

    public string Comment { get; init; } = "";

    /// <summary>The card in the approver's chat, once delivered.</summary>
    public string ApproverActivityId { get; init; } = "";

    /// <summary>Every copy of the approver's card (approver, deputies, escalation), one per person.</summary>
    public IReadOnlyList<CardCopy> Copies { get; init; } = [];

    /// <summary>Whether the requester got the message with the outcome.</summary>
    public bool RequesterTold { get; init; }

    /// <summary>The requester's status card (the card they clicked, replaced).</summary>
    public string RequesterActivityId { get; init; } = "";

    public int DeliveryAttempts { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }

    public DateTimeOffset? EscalatedAt { get; init; }

    /// <summary>True from a decision until the requester is told and every card copy is updated.</summary>
    public bool NotifyPending { get; init; }

    public DateTimeOffset? DraftPurgedAt { get; init; }

    /// <summary>Until when one follow-up pass (of one instance) works on this request; others skip it.</summary>
    public DateTimeOffset? FollowUpLeaseUntil { get; init; }

    /// <summary>The stored version this copy was read at; only the store reads it (the condition of its next write).</summary>
    public ETag ETag { get; init; }

    public bool IsQuestion => Kind == ApprovalKind.Question;

    public bool IsOpen => Status == ApprovalStatus.Open;

    /// <summary>Whether this person already has a copy of the approver's card.</summary>
    public bool HasCopy(string aadId) => Copies.Any(c => ApproverPolicy.Same(c.AadId, aadId));

    /// <summary>With this person's copy recorded (replacing an earlier one); the approver's own copy is also <see cref="ApproverActivityId"/>.</summary>
    public ApprovalRequest WithCopy(string aadId, string activityId)
    {
        List<CardCopy> copies = [.. Copies];
        var index = copies.FindIndex(c => ApproverPolicy.Same(c.AadId, aadId));
        if (index < 0)
        {
            copies.Add(new CardCopy(aadId, activityId));
        }
        else
        {
            copies[index] = copies[index] with { ActivityId = activityId };
        }

        return this with
        {
            Copies = copies,
            ApproverActivityId = ApproverPolicy.Same(aadId, ApproverAadId) ? activityId : ApproverActivityId,
        };
    }

    public ApprovalSummary ToSummary() => new(
        Id, RequesterAadId, RequesterName, ApproverAadId, ApproverName, Status, CreatedAt, DecidedAt);
}
