using System.Globalization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The ISO week of a moment in the school's time zone, as "2026-W48" (sorts in time order).</summary>
public static class WeekKey
{
    private static readonly TimeZoneInfo School = FindSchoolZone();

    public static string Of(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, School).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):D2}");
    }

    private static TimeZoneInfo FindSchoolZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
