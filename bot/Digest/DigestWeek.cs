using System.Globalization;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// An ISO week in the school's time zone (Europe/Amsterdam, as the stored partitions are): its key ("2026-W48"),
/// its first and last day, and its start and end as moments.
/// </summary>
public sealed record DigestWeek(string Key, DateOnly Monday, DateTimeOffset Start, DateTimeOffset End)
{
    private static readonly TimeZoneInfo School = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public DateOnly Sunday => Monday.AddDays(6);

    public int Year => ISOWeek.GetYear(Monday.ToDateTime(TimeOnly.MinValue));

    public int Number => ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue));

    /// <summary>The week a moment falls in.</summary>
    public static DigestWeek Of(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, School).DateTime;
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local), DayOfWeek.Monday));
        var week = new DigestWeek(WeekKey.Of(moment), monday, StartOf(monday), StartOf(monday.AddDays(7)));
        return week;
    }

    public DigestWeek Previous() => Of(Start.AddDays(-1));

    public DigestWeek Next() => Of(End.AddHours(1));

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, School.GetUtcOffset(midnight));
    }
}
