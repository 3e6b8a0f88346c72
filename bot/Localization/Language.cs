namespace Verkruisen.Bot.Localization;

/// <summary>The language a person reads: Dutch first, English when the activity's locale is English.</summary>
public enum Language
{
    Nl,
    En,
}

public static class LanguageExtensions
{
    /// <summary>English for an "en" or "en-XX" locale; Dutch for everything else, including no locale.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && (locale.Equals("en", StringComparison.OrdinalIgnoreCase)
            || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            ? Language.En
            : Language.Nl;

    /// <summary>"nl" or "en", as stored.</summary>
    public static string ToWire(this Language language) => language == Language.En ? "en" : "nl";

    /// <summary>English for a stored "en"; Dutch for everything else.</summary>
    public static Language FromWire(string? value) => value == "en" ? Language.En : Language.Nl;

    /// <summary>Picks the Dutch or English variant.</summary>
    public static T Pick<T>(this Language language, T nl, T en) => language == Language.En ? en : nl;
}
