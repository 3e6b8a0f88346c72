using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>
/// One event in a request's history (table ApprovalEvents), appended and never changed, except that an erasure on
/// request replaces the erased person's id. PartitionKey = request id, RowKey = "{ticks:D19}-{random}" (oldest first).
/// </summary>
public sealed class ApprovalEventEntity : TableRow
{
    /// <summary>See <see cref="ApprovalEvent"/>: requested, delivered, reminded, escalated, approved, rejected, withdrawn, text-purged, erased.</summary>
    public string Event { get; set; } = "";

    /// <summary>The person who did it (Entra object id), or "" for the bot itself.</summary>
    public string ActorAadId { get; set; } = "";

    /// <summary>Who it concerned besides the actor: the escalation target; "" otherwise.</summary>
    public string SubjectAadId { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary>The bot instance that wrote it (machine name and process).</summary>
    public string Instance { get; set; } = "";
}
