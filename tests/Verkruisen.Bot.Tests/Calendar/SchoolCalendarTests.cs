using System.Globalization;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Tests.Digest;
using Verkruisen.Bot.Tests.DraftCheck;

namespace Verkruisen.Bot.Tests.Calendar;

public sealed class SchoolCalendarTests
{
    private static DateTimeOffset At(string moment) => DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-25T10:00:00Z", "2026-W48")]
    [InlineData("2026-11-23T09:00:00+00:00", "2026-W48")]
    [InlineData("2026-01-01T12:00:00Z", "2026-W01")]
    [InlineData("2027-01-01T12:00:00Z", "2026-W53")]
    [InlineData("2026-11-29T22:30:00Z", "2026-W48")] // Sunday 23:30 in Amsterdam
    [InlineData("2026-11-29T23:30:00Z", "2026-W49")] // Monday 00:30 in Amsterdam, still Sunday in UTC
    [InlineData("2026-07-05T21:59:00Z", "2026-W27")] // Sunday 23:59 in summer time
    public void WeekKey_Moment_IsTheIsoWeekOnTheSchoolsClocks(string moment, string week) =>
        Assert.Equal(week, SchoolCalendar.WeekKey(At(moment)));

    [Theory]
    [InlineData("2026-11-23T08:00:00Z", "2026-11-24T08:00:00Z", 24)] // Monday to Tuesday
    [InlineData("2026-11-27T08:00:00Z", "2026-11-30T08:00:00Z", 24)] // Friday 09:00 to Monday 09:00
    [InlineData("2026-11-28T08:00:00Z", "2026-11-29T20:00:00Z", 0)] // all weekend
    [InlineData("2026-11-27T08:00:00Z", "2026-12-02T08:00:00Z", 72)] // Friday to Wednesday
    [InlineData("2026-03-27T08:00:00Z", "2026-03-30T07:00:00Z", 24)] // over the spring clock change (local 09:00 to 09:00)
    [InlineData("2026-11-24T08:00:00Z", "2026-11-23T08:00:00Z", 0)] // backwards
    public void SchoolTimeBetween_TwoMoments_CountsOnlyMondayToFriday(string from, string until, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), SchoolCalendar.SchoolTimeBetween(At(from), At(until)));

    [Fact]
    public void DigestWeek_SundayLateInAmsterdam_IsTheWeekThatEndsThatSunday()
    {
        var week = DigestWeek.Of(At("2026-11-29T22:30:00Z"));

        Assert.Equal(("2026-W48", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29)), (week.Key, week.Monday, week.Sunday));
        Assert.Equal(At("2026-11-22T23:00:00Z"), week.Start);
        Assert.Equal(At("2026-11-29T23:00:00Z"), week.End);
    }

    /// <summary>The draft check writes the partition and the digest reads it: both must see the same week.</summary>
    [Fact]
    public async Task DraftCheck_RecordedLateOnSundayInAmsterdam_IsCountedInThatWeeksDigest()
    {
        var sundayLate = At("2026-11-29T22:30:00Z"); // Sunday 23:30 in Amsterdam: week 48
        var mondayEarly = At("2026-11-29T23:30:00Z"); // Monday 00:30 in Amsterdam (Sunday in UTC): week 49
        var harness = await DigestHarness.CreateAsync(sundayLate);
        var result = SharedChecker.Default.Check("Fijne vakantie allemaal!", DraftContext.Unknown);

        await harness.DraftChecks.RecordAsync(result, DraftContext.Unknown, "", CancellationToken.None);
        harness.Time.SetUtcNow(mondayEarly);
        await harness.DraftChecks.RecordAsync(result, DraftContext.Unknown, "", CancellationToken.None);
        var week48 = await harness.Reader().ReadAsync(DigestWeek.Of(sundayLate), mondayEarly, CancellationToken.None);
        var week49 = await harness.Reader().ReadAsync(DigestWeek.Of(mondayEarly), mondayEarly, CancellationToken.None);

        Assert.Equal(("2026-W48", 1), (week48.Week.Key, week48.Counts.DraftsChecked));
        Assert.Equal(("2026-W49", 1), (week49.Week.Key, week49.Counts.DraftsChecked));
    }
}
