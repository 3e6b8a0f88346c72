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

    /// <summary>"op 1 december 2026" for one day, else "van 1 december 2026 tot 3 december 2026" (en: "on", "from … to …").</summary>
    public static string Range(DateTimeOffset from, DateTimeOffset to, Language language)
    {
        var (first, last) = (Format(from, language), Format(to, language));
        return first == last ? language.Pick("op ", "on ") + first : language.Pick($"van {first} tot {last}", $"from {first} to {last}");
    }

    public static string Format(DateTimeOffset moment, Language language) =>
        TimeZoneInfo.ConvertTime(moment, School).ToString("d MMMM yyyy", language.Pick(Dutch, English));
}
