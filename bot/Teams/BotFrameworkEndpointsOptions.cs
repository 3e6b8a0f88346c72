namespace Verkruisen.Bot.Teams;

/// <summary>
/// The Bot Framework endpoints the SDK reads from the root of configuration. Unset, the SDK uses its global
/// public-cloud defaults; once any one is set it uses none of them, so a partial set would refuse every token.
/// infra/main.bicep sets the whole set from its botLocation (the EU token service for a regional bot).
/// </summary>
public sealed class BotFrameworkEndpointsOptions
{
    /// <summary>The SDK's default token service, used when no endpoint is configured.</summary>
    public const string GlobalOAuthUrl = "https://token.botframework.com";

    /// <summary>The Bot Framework token service (user sign-in); regional for a regional bot.</summary>
    public string? OAuthUrl { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromChannelTokenIssuer { get; set; }

    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    public string? CallerId { get; set; }

    /// <summary>The settings that must all be present once any is (the SDK has no default for them then).</summary>
    public IReadOnlyDictionary<string, string?> Required => new Dictionary<string, string?>
    {
        [nameof(OAuthUrl)] = OAuthUrl,
        [nameof(ToBotFromChannelOpenIdMetadataUrl)] = ToBotFromChannelOpenIdMetadataUrl,
        [nameof(ToBotFromChannelTokenIssuer)] = ToBotFromChannelTokenIssuer,
        [nameof(ToChannelFromBotLoginUrl)] = ToChannelFromBotLoginUrl,
        [nameof(ToChannelFromBotOAuthScope)] = ToChannelFromBotOAuthScope,
    };

    /// <summary>True when configuration names endpoints (the SDK then ignores its defaults).</summary>
    public bool IsConfigured => Required.Values.Any(v => !string.IsNullOrWhiteSpace(v))
        || !string.IsNullOrWhiteSpace(ToBotFromEmulatorOpenIdMetadataUrl)
        || !string.IsNullOrWhiteSpace(CallerId);
}
