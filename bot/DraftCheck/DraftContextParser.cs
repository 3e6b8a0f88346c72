namespace Verkruisen.Bot.DraftCheck;

/// <summary>Reads the context's words ("personal", "director", ...) as typed on the command line or in a card.</summary>
public static class DraftContextParser
{
    /// <summary>The context, or an error naming the field and the values it takes.</summary>
    public static (DraftContext? Context, string? Error) Parse(string? platform, bool? photos, string? account, string? role, bool doubts = false)
    {
        AccountKind? accountKind = Normalise(account) switch
        {
            null => AccountKind.Unknown,
            "personal" or "persoonlijk" or "eigen" => AccountKind.Personal,
            "school" => AccountKind.School,
            _ => null,
        };
        if (accountKind is null)
        {
            return (null, "account must be \"personal\" or \"school\"");
        }

        var authorRole = AuthorRoles.Parse(role);
        if (authorRole is null)
        {
            return (null, AuthorRoles.Invalid);
        }

        var where = Normalise(platform);
        if (where is { Length: > 40 })
        {
            return (null, "platform is at most 40 characters");
        }

        return (new DraftContext(where, photos, accountKind.Value, authorRole.Value, doubts), null);
    }

    private static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
