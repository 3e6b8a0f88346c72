using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// Turns a week's stored rows into the digest's numbers. Pure: no storage, no clock. Quoted question texts have
/// first names masked.
/// </summary>
public sealed class DigestBuilder(Protocol protocol, NameMasker names)
{
    /// <summary>At most this many unanswered questions are quoted; the count covers all.</summary>
    public const int MaxQuotedQuestions = 10;

    /// <summary>A request open longer than this is listed by name.</summary>
    public static readonly TimeSpan LongOpen = TimeSpan.FromDays(2);

    public WeeklyDigest Build(DigestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var asked = input.Questions.Where(IsQuestion).ToList();
        var answered = asked.Where(q => q.Kind == "answer" && q.Answered).ToList();
        var unanswered = asked.Where(IsUnanswered).ToList();
        var unhelpful = asked.Where(q => q.Helpful == false).ToList();
        var questions = new QuestionSummary(
            asked.Count,
            asked.Count(q => q.Kind == "out-of-scope"),
            ByRule(answered),
            unanswered.Count,
            [.. unanswered.OrderByDescending(q => q.AskedAt).Where(q => !string.IsNullOrWhiteSpace(q.Text)).Take(MaxQuotedQuestions)
                .Select(q => new UnansweredQuestion(q.QuestionId, Quote(q), Likely(q)))],
            unhelpful.Count,
            ByRule(unhelpful),
            protocol.Sections);

        var checks = input.Checks;
        var drafts = new DraftSummary(
            checks.Count,
            checks.Count(c => c.Verdict == VerdictNames.Allowed),
            checks.Count(c => c.Verdict == VerdictNames.AskManager),
            checks.Count(c => c.Verdict == VerdictNames.NotAllowed));

        var decided = input.Decided.Where(a => In(input.Week, a.DecidedAt)).ToList();
        var approvals = new ApprovalDigest(
            input.Created.Count(a => In(input.Week, a.CreatedAt)),
            decided.Count(a => a.Status == ApprovalStatus.Approved),
            decided.Count(a => a.Status == ApprovalStatus.Rejected),
            decided.Count(a => a.Status == ApprovalStatus.Withdrawn),
            input.Open.Count(a => a.Status == ApprovalStatus.Open),
            Median([.. decided.Where(a => a.Status is ApprovalStatus.Approved or ApprovalStatus.Rejected).Select(a => a.DecidedAt!.Value - a.CreatedAt)]),
            [.. input.Open
                .Where(a => a.Status == ApprovalStatus.Open && input.AsOf - a.CreatedAt > LongOpen)
                .OrderBy(a => a.CreatedAt)
                .Select(a => new LongOpenRequest(a.RequestId, a.RequesterName, a.ApproverName, input.AsOf - a.CreatedAt))],
            decided.Count(a => a.Status == ApprovalStatus.Answered),
            decided.Count(a => a.Status == ApprovalStatus.Expired));

        var weekSoFar = input.AsOf < input.Week.End;
        return new WeeklyDigest(input.Week, input.AsOf, weekSoFar, questions, drafts, approvals,
            Count(input.Week, input.Questions, input.Checks, input.Created, input.Decided), input.Previous);
    }

    /// <summary>The headline numbers of a week, from its rows (used for the week before, too).</summary>
    public static WeekCounts Count(
        DigestWeek week,
        IReadOnlyList<QuestionLogEntity> questions,
        IReadOnlyList<DraftCheckRecord> checks,
        IReadOnlyList<ApprovalSummary> created,
        IReadOnlyList<ApprovalSummary> decided)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(decided);
        return new WeekCounts(
            questions.Count(IsQuestion),
            questions.Count(q => IsQuestion(q) && IsUnanswered(q)),
            checks.Count,
            checks.Count(c => c.Verdict == VerdictNames.NotAllowed),
            created.Count(a => In(week, a.CreatedAt)),
            decided.Count(a => In(week, a.DecidedAt)));
    }

    /// <summary>The middle duration (the mean of the two middle ones for an even count); null for none.</summary>
    public static TimeSpan? Median(IReadOnlyList<TimeSpan> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        if (durations.Count == 0)
        {
            return null;
        }

        var sorted = durations.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private List<RuleCount> ByRule(IEnumerable<QuestionLogEntity> rows)
    {
        var order = protocol.Sections.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        return [.. rows
            .Select(q => q.Rules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault())
            .OfType<string>()
            .Select(protocol.Find)
            .OfType<ProtocolSection>()
            .GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase)
            .Select(g => new RuleCount(g.First().Id, g.First().Title, g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => order.GetValueOrDefault(r.RuleId, int.MaxValue))];
    }

    /// <summary>An unanswered question's text as the digest quotes it: first names masked.</summary>
    public string Quote(QuestionLogEntity question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return names.Mask(question.Text ?? "", question.Language == "en" ? Language.En : Language.Nl);
    }

    /// <summary>The sections the question most likely belongs to (logged with it; older rows: its cited rules).</summary>
    private List<ProtocolSection> Likely(QuestionLogEntity q) =>
        [.. (string.IsNullOrEmpty(q.Likely) ? q.Rules : q.Likely)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(protocol.Find).OfType<ProtocolSection>().DistinctBy(s => s.Id)];

    // Greetings and "help" are not questions about the protocol.
    private static bool IsQuestion(QuestionLogEntity q) => q.Kind != "help";

    private static bool IsUnanswered(QuestionLogEntity q) => q.Kind == "answer" && !q.Answered;

    private static bool In(DigestWeek week, DateTimeOffset? moment) => moment >= week.Start && moment < week.End;
}
