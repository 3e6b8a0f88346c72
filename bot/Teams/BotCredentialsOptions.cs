namespace Verkruisen.Bot.Teams;

/// <summary>
/// The Bot Framework SDK's own settings, read from the root of configuration under the names Azure's and the
/// Agents Toolkit's templates use. Validated at start so that the service never runs unauthenticated by accident.
/// </summary>
public sealed class BotCredentialsOptions
{
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
