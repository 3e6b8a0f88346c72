using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// One recipient's digest of one week in the DigestClaims table: PartitionKey the ISO week ("2026-W47"), RowKey the
/// recipient's Entra object id. <see cref="State"/> is "claimed" while an instance holds it (until
/// <see cref="LeaseUntil"/>), then "sent".
/// </summary>
public sealed class DigestClaimEntity : TableRow
{
    public const string Claimed = "claimed";
    public const string Sent = "sent";

    public string State { get; set; } = Claimed;

    /// <summary>The instance that holds (or last held) the claim.</summary>
    public string Owner { get; set; } = "";

    public DateTimeOffset LeaseUntil { get; set; }

    /// <summary>How many times the digest was claimed (more than one after a crash, a failed send or an unreachable recipient).</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? ActivityId { get; set; }
}
