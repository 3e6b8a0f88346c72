namespace Verkruisen.Bot.Hosting;

/// <summary>
/// Keeps names out of dependency telemetry. Outbound URLs carry ids (Graph object ids, conversation ids), but a
/// Graph call may address a user by user principal name, which is a mail address and usually a person's name.
/// </summary>
public static class TelemetryRedaction
{
    public const string Redacted = "REDACTED";

    /// <summary>Scheme, host and path; the query is dropped and any path segment holding a mail address is replaced.</summary>
    public static string RedactUrl(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            return Redacted;
        }

        var segments = uri.AbsolutePath.Split('/')
            .Select(segment => LooksLikeMailAddress(segment) ? Redacted : segment);
        var query = string.IsNullOrEmpty(uri.Query) ? "" : "?" + Redacted;
        return $"{uri.Scheme}://{uri.Authority}{string.Join('/', segments)}{query}";
    }

    private static bool LooksLikeMailAddress(string segment) =>
        segment.Contains('@', StringComparison.Ordinal) || segment.Contains("%40", StringComparison.OrdinalIgnoreCase);
}
