namespace Verkruisen.Bot.Digest;

/// <summary>What claiming a recipient's digest gave: the claim to send under, or why not.</summary>
public enum ClaimStatus
{
    /// <summary>This instance holds the claim and sends.</summary>
    Claimed,

    /// <summary>Another instance holds an unexpired claim (or won the race): it sends, or its lease runs out.</summary>
    Busy,

    /// <summary>Already delivered this week.</summary>
    Sent,
}

public sealed record ClaimOutcome(ClaimStatus Status, DigestClaimEntity? Claim);
