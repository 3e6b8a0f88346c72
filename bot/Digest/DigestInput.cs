using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// What the builder needs: the week's question-log rows and draft-check rows, approval requests created or decided
/// this week and those open now, and the previous week's counts.
/// </summary>
public sealed record DigestInput(
    DigestWeek Week,
    DateTimeOffset AsOf,
    IReadOnlyList<QuestionLogEntity> Questions,
    IReadOnlyList<DraftCheckRecord> Checks,
    IReadOnlyList<ApprovalSummary> Created,
    IReadOnlyList<ApprovalSummary> Decided,
    IReadOnlyList<ApprovalSummary> Open,
    WeekCounts Previous);
