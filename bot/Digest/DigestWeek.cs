using System.Globalization;
using Verkruisen.Bot.Calendar;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// An ISO week of the <see cref="SchoolCalendar"/> (as the stored partitions are): its key ("2026-W48"), its first and
/// last day, and its start and end as moments.
/// </summary>
public sealed record DigestWeek(string Key, DateOnly Monday, DateTimeOffset Start, DateTimeOffset End)
{
    public DateOnly Sunday => Monday.AddDays(6);

    public int Year => ISOWeek.GetYear(Monday.ToDateTime(TimeOnly.MinValue));

    public int Number => ISOWeek.GetWeekOfYear(Monday.ToDateTime(TimeOnly.MinValue));

    /// <summary>The week a moment falls in.</summary>
    public static DigestWeek Of(DateTimeOffset moment)
    {
        var monday = SchoolCalendar.MondayOf(moment);
        return new DigestWeek(SchoolCalendar.WeekKey(moment), monday, SchoolCalendar.StartOf(monday), SchoolCalendar.StartOf(monday.AddDays(7)));
    }

    public DigestWeek Previous() => Of(Start.AddDays(-1));

    public DigestWeek Next() => Of(End.AddHours(1));
}
