using System.Globalization;

namespace Verkruisen.Bot.Calendar;

/// <summary>
/// The school's calendar, the one every feature uses: its time zone (Europe/Amsterdam), its ISO weeks ("2026-W48",
/// the partitions of the question log and the draft checks, the weeks of the digest) and its school days (Monday to
/// Friday, the time a follow-up counts). A moment belongs to the day and week it has on the school's clocks.
/// </summary>
public static class SchoolCalendar
{
    public const string ZoneId = "Europe/Amsterdam";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>A moment on the school's clocks.</summary>
    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The ISO week a moment falls in on the school's calendar, as "2026-W48" (sorts in time order as text).</summary>
    public static string WeekKey(DateTimeOffset moment)
    {
        var local = Local(moment).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local):D4}-W{ISOWeek.GetWeekOfYear(local):D2}");
    }

    /// <summary>The Monday of the ISO week a moment falls in on the school's calendar.</summary>
    public static DateOnly MondayOf(DateTimeOffset moment)
    {
        var local = Local(moment).DateTime;
        return DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local), DayOfWeek.Monday));
    }

    /// <summary>Midnight at the start of a school day, as a moment.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <summary>Monday to Friday on the school's calendar.</summary>
    public static bool IsSchoolDay(DateTimeOffset moment) => Local(moment).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>How much of [from, until) falls on school days (whole local days, Monday to Friday).</summary>
    public static TimeSpan SchoolTimeBetween(DateTimeOffset from, DateTimeOffset until)
    {
        var total = TimeSpan.Zero;
        for (var cursor = from; cursor < until;)
        {
            var next = StartOf(DateOnly.FromDateTime(Local(cursor).Date).AddDays(1));
            var end = next < until ? next : until;
            if (IsSchoolDay(cursor))
            {
                total += end - cursor;
            }

            cursor = end;
        }

        return total;
    }
}
