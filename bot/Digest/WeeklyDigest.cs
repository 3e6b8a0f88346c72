namespace Verkruisen.Bot.Digest;

/// <summary>
/// The digest of one ISO week, as plain numbers and lists (the card renders it). <see cref="WeekSoFar"/> is true
/// for a digest asked for during the week. <see cref="Previous"/> holds the week before's counts for the change.
/// </summary>
public sealed record WeeklyDigest(
    DigestWeek Week,
    DateTimeOffset AsOf,
    bool WeekSoFar,
    QuestionSummary Questions,
    DraftSummary Drafts,
    ApprovalDigest Approvals,
    WeekCounts Counts,
    WeekCounts Previous);
