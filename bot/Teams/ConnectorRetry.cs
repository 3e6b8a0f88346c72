using System.Net;
using Polly;

namespace Verkruisen.Bot.Teams;

/// <summary>Which Connector answers are worth another try (Teams' rate-limit guidance: 429, 412, 502, 503, 504).</summary>
public static class ConnectorRetry
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: UntrustedServiceUrlException } => false,
        { Exception: HttpRequestException failed } => Outbox.ConnectorFailure.IsTransient(failed),
        { Exception: TimeoutException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests
            or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout,
        _ => false,
    };
}
