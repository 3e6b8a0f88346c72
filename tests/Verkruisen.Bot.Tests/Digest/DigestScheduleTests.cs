using Microsoft.Extensions.Options;
using Verkruisen.Bot.Digest;

namespace Verkruisen.Bot.Tests.Digest;

public sealed class DigestScheduleTests
{
    private static readonly DigestSchedule Default = new(Options.Create(new DigestOptions()));

    [Theory]
    // Daylight saving starts Sunday 29 March 2026: Monday 07:30 is 06:30 UTC before, 05:30 UTC after.
    [InlineData("2026-03-23T00:00:00Z", "2026-03-23T06:30:00Z")]
    [InlineData("2026-03-28T12:00:00Z", "2026-03-30T05:30:00Z")]
    // Daylight saving ends Sunday 25 October 2026: Monday 07:30 is 05:30 UTC before, 06:30 UTC after.
    [InlineData("2026-10-19T00:00:00Z", "2026-10-19T05:30:00Z")]
    [InlineData("2026-10-24T12:00:00Z", "2026-10-26T06:30:00Z")]
    public void NextOccurrence_AcrossDaylightSaving_IsMondayHalfEightInAmsterdam(string now, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Default.NextOccurrence(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-03-30T05:29:59Z", null)]
    [InlineData("2026-03-30T05:30:00Z", "2026-W13")]
    [InlineData("2026-04-01T10:00:00Z", "2026-W13")] // down on Monday, up on Wednesday: still this week's digest
    [InlineData("2026-04-05T21:59:00Z", "2026-W13")] // Sunday 23:59 CEST: the last minute it is due
    [InlineData("2026-04-05T22:00:00Z", null)] // Monday 00:00 CEST: a new week, nothing due before 07:30
    [InlineData("2026-04-08T10:00:00Z", "2026-W14")] // down all week, up next Wednesday: the new week, not the old
    [InlineData("2026-10-26T06:29:00Z", null)]
    [InlineData("2026-10-26T06:30:00Z", "2026-W43")]
    public void DueWeek_Moment_IsTheWeekBeforeOnceMondaysOccurrencePassed(string now, string? expected)
    {
        Assert.Equal(expected, Default.DueWeek(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))?.Key);
    }

    [Fact]
    public void DueWeek_OtherCronAndZone_FollowsThem()
    {
        var schedule = new DigestSchedule(Options.Create(new DigestOptions { Schedule = "0 18 * * 3", TimeZone = "America/New_York" }));

        Assert.Null(schedule.DueWeek(new DateTimeOffset(2026, 11, 25, 22, 59, 0, TimeSpan.Zero)));
        Assert.Equal("2026-W47", schedule.DueWeek(new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.Zero))?.Key);
    }

    [Theory]
    [InlineData("not a cron", "Europe/Amsterdam", "Digest:Schedule")]
    [InlineData("30 7 * * 1", "Mars/Olympus_Mons", "Digest:TimeZone")]
    public void Validate_BadSetting_NamesIt(string cron, string zone, string expected)
    {
        var options = new DigestOptions { Schedule = cron, TimeZone = zone };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-11-25T10:00:00Z", "2026-W48", "2026-11-23", "2026-11-22T23:00:00Z")]
    [InlineData("2026-03-29T12:00:00Z", "2026-W13", "2026-03-23", "2026-03-22T23:00:00Z")]
    [InlineData("2027-01-01T12:00:00Z", "2026-W53", "2026-12-28", "2026-12-27T23:00:00Z")]
    public void DigestWeekOf_Moment_GivesKeyMondayAndStart(string moment, string key, string monday, string start)
    {
        var week = DigestWeek.Of(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(key, week.Key);
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), week.Monday);
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), week.Start);
        Assert.Equal(key, week.Next().Previous().Key);
        Assert.Equal(week.End, week.Next().Start);
    }
}
