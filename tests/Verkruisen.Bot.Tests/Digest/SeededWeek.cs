using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>
/// A week of activity, 2026-W47 (Mon 16 – Sun 22 November), read on Monday 23 November 07:30 Amsterdam time, and
/// what its digest must say. Questions: rule 3 four times (one marked unhelpful), rule 10 twice, rule 8 once, two
/// not answered, one outside the protocol, one greeting (not a question). Checks: 3 allowed, 2 ask-manager,
/// 1 not-allowed. Approvals: A (4 h) and C (5 d 2 h) approved and B (24 h) rejected this week, so the median is
/// 24 h; D (4 d 21.5 h), E (18.5 h) and F (13 d) open, D and F listed as open for more than two days.
/// </summary>
public static class SeededWeek
{
    /// <summary>The name masker on the real lexicons, built once.</summary>
    public static readonly NameMasker Names = new(new DraftCheckData(new Bot.Text.TextAnalyzer()));

    public static readonly DigestWeek Week = DigestWeek.Of(new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Monday 23 November 2026, 07:30 CET.</summary>
    public static readonly DateTimeOffset AsOf = new(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);

    public static readonly WeekCounts Previous = new(Questions: 7, Unanswered: 2, DraftsChecked: 8, NotAllowed: 1, Requests: 2, Decisions: 1);

    public const string Unanswered1 = "Mag ik TikTok-filmpjes maken met mijn groep?";
    public const string Unanswered2 = "Wat als *ouders* [klagen] <at>x</at>?";

    public static IReadOnlyList<QuestionLogEntity> Questions(DigestWeek week)
    {
        var day = week.Start.AddHours(9);
        return
        [
            Question(day, "answer", true, "3"),
            Question(day.AddHours(1), "answer", true, "3,8", helpful: false),
            Question(day.AddDays(1), "answer", true, "3"),
            Question(day.AddDays(2), "answer", true, "3", helpful: true),
            Question(day.AddDays(2), "answer", true, "10,11"),
            Question(day.AddDays(3), "answer", true, "10"),
            Question(day.AddDays(3), "answer", true, "8"),
            Question(day.AddDays(4), "answer", false, "", text: Unanswered1),
            Question(day.AddDays(4).AddHours(2), "answer", false, "3", text: Unanswered2),
            Question(day.AddDays(4), "out-of-scope", true, ""),
            Question(day.AddDays(5), "help", true, ""),
        ];
    }

    public static IReadOnlyList<DraftCheckRecord> Checks(DigestWeek week) =>
    [
        .. Enumerable.Repeat("allowed", 3).Concat(Enumerable.Repeat("ask-manager", 2)).Append("not-allowed")
            .Select((verdict, i) => new DraftCheckRecord(verdict, [], [], "facebook", "nl", "teacher", "personal", week.Start.AddHours(10 + i))),
    ];

    public static readonly ApprovalSummary A = Approval("A", Status: ApprovalStatus.Approved, created: Utc(16, 10), decided: Utc(16, 14));
    public static readonly ApprovalSummary B = Approval("B", Status: ApprovalStatus.Rejected, created: Utc(17, 9), decided: Utc(18, 9));
    public static readonly ApprovalSummary C = Approval("C", Status: ApprovalStatus.Approved, created: Utc(12, 9), decided: Utc(17, 11));
    public static readonly ApprovalSummary D = Approval("D", Status: ApprovalStatus.Open, created: Utc(18, 9), decided: null);
    public static readonly ApprovalSummary E = Approval("E", Status: ApprovalStatus.Open, created: Utc(22, 12), decided: null);
    public static readonly ApprovalSummary F = Approval("F", Status: ApprovalStatus.Open, created: Utc(10, 8), decided: null);

    /// <summary>Decided in the week before: counts there, not here.</summary>
    public static readonly ApprovalSummary G = Approval("G", Status: ApprovalStatus.Approved, created: Utc(9, 9), decided: Utc(11, 9));

    public static IReadOnlyList<ApprovalSummary> Created => [A, B, C, D, E, F, G];

    public static IReadOnlyList<ApprovalSummary> Decided => [A, B, C, G];

    public static IReadOnlyList<ApprovalSummary> Open => [D, E, F];

    public static DigestInput Input() =>
        new(Week, AsOf, Questions(Week), Checks(Week), Created, Decided, Open, Previous);

    public static QuestionLogEntity Question(DateTimeOffset at, string kind, bool answered, string rules, string? text = null, bool? helpful = null) => new()
    {
        PartitionKey = SchoolCalendar.WeekKey(at),
        RowKey = Guid.NewGuid().ToString("N"),
        AskedAt = at,
        Kind = kind,
        Answered = answered,
        Rules = rules,
        Language = "nl",
        Text = text,
        Helpful = helpful,
    };

    private static DateTimeOffset Utc(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    private static ApprovalSummary Approval(string id, ApprovalStatus Status, DateTimeOffset created, DateTimeOffset? decided) =>
        new(id, "req-" + id, "Leraar " + id, "mgr-" + id, "Leidinggevende " + id, Status, created, decided);
}
