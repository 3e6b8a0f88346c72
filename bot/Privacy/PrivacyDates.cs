using System.Globalization;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Privacy;

/// <summary>Dates as the my-data card shows them: "12 november 2026", in the school's time zone.</summary>
public static class PrivacyDates
{
    private static readonly TimeZoneInfo School = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateTimeOffset moment, Language language) =>
        TimeZoneInfo.ConvertTime(moment, School).ToString("d MMMM yyyy", language.Pick(Dutch, English));
}
