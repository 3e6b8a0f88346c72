namespace Verkruisen.Bot.Teams;

/// <summary>
/// The last line of defence on the Connector's HttpClient: a request that carries a bearer token goes out
/// only to a trusted serviceUrl. Anything else is stopped before it leaves the process.
/// </summary>
public sealed partial class ServiceUrlGuardHandler(ServiceUrlTrust trust, ILogger<ServiceUrlGuardHandler> logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is { Scheme: var scheme } && scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            && !trust.IsTrusted(request.RequestUri))
        {
            Log.Refused(logger, request.RequestUri?.Host ?? "(none)");
            throw new UntrustedServiceUrlException(request.RequestUri?.Host ?? "(none)");
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Refused to send a bot token to untrusted host {Host}")]
        public static partial void Refused(ILogger logger, string host);
    }
}

public sealed class UntrustedServiceUrlException(string host)
    : HttpRequestException($"Refused to send a bot token to untrusted host {host}.");
