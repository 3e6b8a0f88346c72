using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// Which serviceUrls may receive a bot token: those that arrived in an authenticated activity (their token's
/// serviceurl claim vouched for them) and https hosts on the configured allow-list.
/// </summary>
public sealed class ServiceUrlTrust(IOptions<TeamsOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> validated = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> hosts = new(options.Value.TrustedServiceUrlHosts, StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a serviceUrl from an activity whose token was validated (or a reference stored from one).</summary>
    public void AddValidated(string? serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            validated.TryAdd(Origin(uri), 0);
        }
    }

    public bool IsTrusted(Uri? requestUri)
    {
        if (requestUri is null || !requestUri.IsAbsoluteUri)
        {
            return false;
        }

        return validated.ContainsKey(Origin(requestUri))
            || (requestUri.Scheme == Uri.UriSchemeHttps && hosts.Contains(requestUri.Host));
    }

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
