using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams.Outbox;

/// <summary>
/// A reply that could not be sent within its budget. PartitionKey "reply", RowKey a fresh id. The conversation reference
/// and the activity are the SDK's JSON, Brotli-compressed (a card can exceed a string property's 64 KB). Deleted when
/// delivered, refused for good, or older than Teams:Outbox:MaxAge.
/// </summary>
public sealed class OutboxEntity : TableRow
{
    public const string Partition = "reply";

    public byte[] Reference { get; set; } = [];

    public byte[] Activity { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the next attempt may start (later after a failure or a Retry-After, and while an attempt runs).</summary>
    public DateTimeOffset DueAt { get; set; }

    public int Attempts { get; set; }
}
