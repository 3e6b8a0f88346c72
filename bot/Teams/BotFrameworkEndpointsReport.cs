using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Teams;

/// <summary>Says at start which Bot Framework endpoints the SDK was given (hosts only), so a deployment shows its region.</summary>
public sealed partial class BotFrameworkEndpointsReport(
    IOptions<BotFrameworkEndpointsOptions> endpoints,
    ILogger<BotFrameworkEndpointsReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var value = endpoints.Value;
        if (value.IsConfigured)
        {
            Log.Configured(logger, value.OAuthUrl, value.ToBotFromChannelOpenIdMetadataUrl, value.ToBotFromChannelTokenIssuer);
        }
        else
        {
            Log.Defaults(logger, BotFrameworkEndpointsOptions.GlobalOAuthUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Bot Framework endpoints from configuration: token service {OAuthUrl}, OpenID metadata {MetadataUrl}, issuer {Issuer}")]
        public static partial void Configured(ILogger logger, string? oAuthUrl, string? metadataUrl, string? issuer);

        [LoggerMessage(2, LogLevel.Information, "Bot Framework endpoints: the SDK's global defaults (token service {OAuthUrl}); no data residency")]
        public static partial void Defaults(ILogger logger, string oAuthUrl);
    }
}
