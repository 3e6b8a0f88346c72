using System.Globalization;

namespace Verkruisen.Bot.DraftCheck.Storage;

/// <summary>ISO weeks ("2026-W48") in the school's time zone: the partition of a week's records.</summary>
public static class IsoWeek
{
    private static readonly TimeZoneInfo School = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The ISO week of a moment, as the school's calendar sees it. Sorts in time order as text.</summary>
    public static string Of(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, School).DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local):D4}-W{ISOWeek.GetWeekOfYear(local):D2}");
    }
}
