using System.Collections.Frozen;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>The words for a role, as typed on the command line, in a card or in chat ("ib'er", "stagiair", "intern").</summary>
public static class AuthorRoles
{
    /// <summary>The machine names, in the order the form offers them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["teacher", "support", "intern", "manager", "director"];

    /// <summary>The error for a role word that is none of these.</summary>
    public const string Invalid = "role must be \"teacher\", \"support\", \"intern\", \"manager\" or \"director\"";

    private static readonly FrozenDictionary<string, AuthorRole> Words = new Dictionary<string, AuthorRole>
    {
        ["teacher"] = AuthorRole.Teacher,
        ["leerkracht"] = AuthorRole.Teacher,
        ["leraar"] = AuthorRole.Teacher,
        ["lerares"] = AuthorRole.Teacher,
        ["juf"] = AuthorRole.Teacher,
        ["meester"] = AuthorRole.Teacher,
        ["support"] = AuthorRole.Support,
        ["staff"] = AuthorRole.Support,
        ["medewerker"] = AuthorRole.Support,
        ["onderwijsassistent"] = AuthorRole.Support,
        ["klassenassistent"] = AuthorRole.Support,
        ["teaching assistant"] = AuthorRole.Support,
        ["ib'er"] = AuthorRole.Support,
        ["ib-er"] = AuthorRole.Support,
        ["iber"] = AuthorRole.Support,
        ["intern begeleider"] = AuthorRole.Support,
        ["conciërge"] = AuthorRole.Support,
        ["concierge"] = AuthorRole.Support,
        ["administratie"] = AuthorRole.Support,
        ["administratief medewerker"] = AuthorRole.Support,
        ["administration"] = AuthorRole.Support,
        ["caretaker"] = AuthorRole.Support,
        ["intern"] = AuthorRole.Intern,
        ["stagiair"] = AuthorRole.Intern,
        ["stagiaire"] = AuthorRole.Intern,
        ["student"] = AuthorRole.Intern,
        ["manager"] = AuthorRole.Manager,
        ["leidinggevende"] = AuthorRole.Manager,
        ["teamleider"] = AuthorRole.Manager,
        ["bouwcoördinator"] = AuthorRole.Manager,
        ["director"] = AuthorRole.Director,
        ["directeur"] = AuthorRole.Director,
        ["schoolleider"] = AuthorRole.Director,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The role a word names; <see cref="AuthorRole.Unknown"/> for nothing, null for a word that is no role.</summary>
    public static AuthorRole? Parse(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return AuthorRole.Unknown;
        }

        var key = string.Join(' ', word.Trim().Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Words.TryGetValue(key, out var role) ? role : null;
    }

    /// <summary>The machine name ("support"), null for Unknown.</summary>
    public static string? ToWire(this AuthorRole role) => role == AuthorRole.Unknown ? null : role.ToString().ToLowerInvariant();
}
