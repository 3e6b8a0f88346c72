using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.Teams;

/// <summary>Settings of the Teams edge (section "Teams"). The SDK's own credentials stay at the root.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>Entra tenant ids whose activities the bot serves. Activities from any other tenant run no turn.</summary>
    [MinLength(1, ErrorMessage = "Teams:AllowedTenants must list at least one tenant id.")]
    public string[] AllowedTenants { get; set; } = [];

    /// <summary>
    /// Run without bot credentials, for the local Teams-like client (Agents Playground sends no token).
    /// Honoured only when the environment is Development; anywhere else the service refuses to start.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// Hosts a bot token may be sent to besides serviceUrls that arrived in a validated activity, e.g.
    /// "smba.trafficmanager.net". Compared case-insensitively and whole; https only.
    /// </summary>
    public string[] TrustedServiceUrlHosts { get; set; } = ["smba.trafficmanager.net"];

    /// <summary>The largest request body /api/messages accepts (413 above it).</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Days a user's conversation reference is kept after their last activity; then it is deleted (a returning user
    /// gets a new one with their next message). The bot refreshes the reference's date at most once a day.
    /// </summary>
    [Range(7, 3650)]
    public int ReferenceRetentionDays { get; set; } = 180;

    /// <summary>The longest message text accepted (Teams itself caps a message near 28 KB).</summary>
    [Range(100, 100_000)]
    public int MaxTextChars { get; set; } = 28_000;
}
