using System.Globalization;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Privacy;

/// <summary>Dates as the my-data card shows them: "12 november 2026", in the school's time zone.</summary>
public static class PrivacyDates
{
    private static readonly TimeZoneInfo School = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// When a row of a table purged by whole ISO weeks is gone at the latest: <paramref name="days"/> after the end of
    /// the week of <paramref name="moment"/>, and a day more for the purge to come round.
    /// </summary>
    public static DateTimeOffset WeekPurge(DateTimeOffset moment, int days) =>
        Calendar.SchoolCalendar.StartOf(Calendar.SchoolCalendar.MondayOf(moment).AddDays(7)).AddDays(days + 1);

    public static string Format(DateTimeOffset moment, Language language) =>
        TimeZoneInfo.ConvertTime(moment, School).ToString("d MMMM yyyy", language.Pick(Dutch, English));
}
