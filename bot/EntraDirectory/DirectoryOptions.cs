using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.EntraDirectory;

/// <summary>
/// Settings of the directory (section "Directory"). In Azure the bot reads Microsoft Graph with its managed identity
/// (or its client secret when MicrosoftAppType is SingleTenant). In Development only, <see cref="Static"/> replaces
/// Graph with configured managers and names so the approval flow runs in the local Playground.
/// </summary>
public sealed class DirectoryOptions
{
    public const string SectionName = "Directory";

    /// <summary>
    /// The app registration Graph is read with when it has a client secret (<see cref="ClientSecret"/>). Empty: the
    /// bot's own (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId) when MicrosoftAppType is SingleTenant.
    /// </summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? TenantId { get; set; }

    /// <summary>Client id of the user-assigned managed identity for Graph; AZURE_CLIENT_ID when empty.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The Teams app's id in the organisation's app catalog (for installing the app for a manager).</summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>How long a manager lookup is kept in memory.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Development only: a directory from configuration instead of Graph (ignored elsewhere).</summary>
    public StaticDirectoryOptions? Static { get; set; }
}

/// <summary>Development-only directory: <c>Managers:{userAadId}</c> = manager's AAD id, <c>Names:{aadId}</c> = display name.</summary>
public sealed class StaticDirectoryOptions
{
    public Dictionary<string, string> Managers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
