namespace Verkruisen.Bot.Approvals;

/// <summary>Time that counts for follow-ups: only Monday to Friday in the school's time zone (Europe/Amsterdam).</summary>
public static class SchoolTime
{
    private static readonly TimeZoneInfo School = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>How much of [from, until) falls on a school day (Mon–Fri, local calendar).</summary>
    public static TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset until)
    {
        if (until <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var cursor = from;
        while (cursor < until)
        {
            var local = TimeZoneInfo.ConvertTime(cursor, School);
            var nextMidnightLocal = local.Date.AddDays(1);
            var nextMidnight = new DateTimeOffset(nextMidnightLocal, School.GetUtcOffset(nextMidnightLocal));
            var end = nextMidnight < until ? nextMidnight : until;
            if (local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                total += end - cursor;
            }

            cursor = end;
        }

        return total;
    }
}
