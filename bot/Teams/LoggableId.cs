namespace Verkruisen.Bot.Teams;

/// <summary>
/// An id from an inbound activity as it may appear in a log line. The activity is refused before it is trusted, so
/// its ids can hold anything a sender typed: an id that does not look like an id is logged as "(malformed id)".
/// </summary>
public static class LoggableId
{
    private const int MaxLength = 128;

    public static string Of(string? id) =>
        string.IsNullOrEmpty(id) ? "(no id)"
        : id.Length <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_' or '.' or '|' or '@' or '=')
            ? id
            : "(malformed id)";
}
