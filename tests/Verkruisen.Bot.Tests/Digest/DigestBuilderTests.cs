using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Tests.Digest;

public sealed class DigestBuilderTests
{
    private static readonly DigestBuilder Builder = new(Protocol.Load(), SeededWeek.Names);

    [Fact]
    public void Build_SeededWeek_CountsQuestionsByPrimaryRuleWithTitles()
    {
        var digest = Builder.Build(SeededWeek.Input());

        var q = digest.Questions;
        Assert.Equal((10, 1, 2, 1), (q.Asked, q.OutOfScope, q.Unanswered, q.Unhelpful));
        Assert.Equal([("3", 4), ("10", 2), ("8", 1)], q.ByRule.Select(r => (r.RuleId, r.Count)));
        Assert.Equal("Geen vertrouwelijke informatie", q.ByRule[0].Title.Nl);
        Assert.Equal([("3", 1)], q.UnhelpfulByRule.Select(r => (r.RuleId, r.Count)));
        Assert.Equal([SeededWeek.Unanswered2, SeededWeek.Unanswered1], q.UnansweredTexts);
    }

    [Fact]
    public void Build_SeededWeek_CountsDraftsByVerdict()
    {
        var drafts = Builder.Build(SeededWeek.Input()).Drafts;

        Assert.Equal(new DraftSummary(6, 3, 2, 1), drafts);
    }

    [Fact]
    public void Build_SeededWeek_DecisionsMedianAndLongOpenRequests()
    {
        var a = Builder.Build(SeededWeek.Input()).Approvals;

        Assert.Equal((4, 2, 1, 0, 3), (a.Requested, a.Approved, a.Rejected, a.Withdrawn, a.Open));
        Assert.Equal(TimeSpan.FromHours(24), a.MedianToDecision);
        Assert.Equal(["F", "D"], a.OpenLong.Select(r => r.RequestId));
        Assert.Equal(TimeSpan.FromDays(4) + TimeSpan.FromHours(21.5), a.OpenLong[1].Age);
        Assert.Equal(("Leraar D", "Leidinggevende D"), (a.OpenLong[1].RequesterName, a.OpenLong[1].ApproverName));
    }

    [Fact]
    public void Build_SeededWeek_CountsThisWeekAndKeepsThePrevious()
    {
        var digest = Builder.Build(SeededWeek.Input());

        Assert.Equal(new WeekCounts(10, 2, 6, 1, 4, 3), digest.Counts);
        Assert.Equal(SeededWeek.Previous, digest.Previous);
        Assert.False(digest.WeekSoFar);
    }

    [Fact]
    public void Count_PreviousWeek_UsesOnlyApprovalsOfThatWeek()
    {
        var previous = SeededWeek.Week.Previous();

        var counts = DigestBuilder.Count(previous, [], [], SeededWeek.Created, SeededWeek.Decided);

        Assert.Equal("2026-W46", previous.Key);
        Assert.Equal((3, 1), (counts.Requests, counts.Decisions));
    }

    [Fact]
    public void Build_ManyUnansweredQuestions_QuotesTheNewestTenAndCountsAll()
    {
        var week = SeededWeek.Week;
        var rows = Enumerable.Range(0, 14).Select(i => SeededWeek.Question(week.Start.AddHours(i), "answer", false, "", text: "vraag " + i)).ToList();

        var q = Builder.Build(SeededWeek.Input() with { Questions = rows }).Questions;

        Assert.Equal(14, q.Unanswered);
        Assert.Equal(Enumerable.Range(4, 10).Reverse().Select(i => "vraag " + i), q.UnansweredTexts);
    }

    [Fact]
    public void Build_WeekSoFar_IsMarkedAndOpenAgesCountToNow()
    {
        var now = SeededWeek.Week.Start.AddDays(3);

        var digest = Builder.Build(SeededWeek.Input() with { AsOf = now, Open = [SeededWeek.F] });

        Assert.True(digest.WeekSoFar);
        Assert.Equal(now - SeededWeek.F.CreatedAt, Assert.Single(digest.Approvals.OpenLong).Age);
    }

    [Theory]
    [InlineData(new double[0], null)]
    [InlineData(new[] { 5.0 }, 5.0)]
    [InlineData(new[] { 9.0, 1.0 }, 5.0)]
    [InlineData(new[] { 30.0, 1.0, 4.0 }, 4.0)]
    [InlineData(new[] { 1.0, 2.0, 3.0, 100.0 }, 2.5)]
    public void Median_Hours_IsTheMiddleValue(double[] hours, double? expected)
    {
        var median = DigestBuilder.Median([.. hours.Select(TimeSpan.FromHours)]);

        Assert.Equal(expected is { } e ? TimeSpan.FromHours(e) : null, median);
    }

    [Fact]
    public void Build_WithdrawnRequest_IsCountedButNotInTheMedian()
    {
        var withdrawn = SeededWeek.A with { RequestId = "W", Status = ApprovalStatus.Withdrawn, DecidedAt = SeededWeek.A.CreatedAt.AddDays(3) };

        var a = Builder.Build(SeededWeek.Input() with { Decided = [SeededWeek.A, withdrawn] }).Approvals;

        Assert.Equal((1, 1), (a.Approved, a.Withdrawn));
        Assert.Equal(TimeSpan.FromHours(4), a.MedianToDecision);
    }

    [Fact]
    public void Build_ExpiredRequest_IsCountedAsExpiredNotWithdrawnAndNotInTheMedian()
    {
        var expired = SeededWeek.A with { RequestId = "X", Status = ApprovalStatus.Expired, DecidedAt = SeededWeek.A.CreatedAt.AddDays(3) };

        var digest = Builder.Build(SeededWeek.Input() with { Decided = [SeededWeek.A, expired] });
        var a = digest.Approvals;

        Assert.Equal((1, 0, 1), (a.Approved, a.Withdrawn, a.Expired));
        Assert.Equal(TimeSpan.FromHours(4), a.MedianToDecision);
        var card = DigestCardTests.Json(DigestCard.Create(digest, Verkruisen.Bot.Localization.Language.Nl)).ToJsonString();
        Assert.Contains("Verlopen zonder besluit", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnansweredQuestionNamingAPupil_QuotesItWithoutTheName()
    {
        var week = SeededWeek.Week;
        var row = SeededWeek.Question(week.Start.AddHours(9), "answer", false, "", text: "Mag ik de foto van Emma uit groep 6 op Facebook zetten?");

        var q = Builder.Build(SeededWeek.Input() with { Questions = [row] }).Questions;

        Assert.Equal("Mag ik de foto van [naam] uit groep 6 op Facebook zetten?", Assert.Single(q.UnansweredTexts));
    }
}
