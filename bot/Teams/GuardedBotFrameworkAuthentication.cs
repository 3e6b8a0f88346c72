using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// Wraps the SDK's authentication so that every inbound activity either runs as an authenticated activity of
/// an allowed tenant or is refused with a clear status: 401 for any token the SDK rejects (it throws some
/// forged tokens as exceptions other than UnauthorizedAccessException), 403 for a foreign tenant, 503 when
/// the OpenID metadata cannot be fetched. Serviceurls of authenticated activities become trusted for replies.
/// </summary>
public sealed partial class GuardedBotFrameworkAuthentication(
    BotFrameworkAuthentication inner,
    TenantGate tenantGate,
    ServiceUrlTrust trust,
    SharedConnectorFactory connectors,
    ILogger<GuardedBotFrameworkAuthentication> logger) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        AuthenticateRequestResult result;
        try
        {
            result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        }
        catch (Exception ex) when (IsMetadataUnavailable(ex) && !cancellationToken.IsCancellationRequested)
        {
            Log.MetadataUnavailable(logger, LoggableId.Of(activity.Id), Hosting.RedactedException.Of(ex));
            throw new InboundRejectedException(503, "AuthenticationUnavailable", "Tokens cannot be validated right now (OpenID metadata unreachable).", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            Log.TokenRejected(logger, LoggableId.Of(activity.Id), ex.GetType().Name);
            throw new InboundRejectedException(401, "Unauthorized", "The request's token was not accepted.", ex);
        }

        if (!tenantGate.IsAllowed(activity))
        {
            Log.ForeignTenant(logger, LoggableId.Of(activity.Id));
            throw new InboundRejectedException(403, "TenantNotAllowed", "This bot does not serve the activity's tenant.");
        }

        if (result.ClaimsIdentity?.IsAuthenticated == true)
        {
            trust.AddValidated(activity.ServiceUrl);
        }

        // The SDK builds the turn's Connector client from this factory, not from CreateConnectorFactory: share it too
        // (a new client per turn also means a new serializer contract cache, rebuilt by reflection on every reply).
        if (result.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = connectors.For(CallerOf(result.ClaimsIdentity), factory);
        }

        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        throw new InboundRejectedException(405, "NotSupported", "Streaming connections are not supported.");

    /// <summary>Connector clients shared across turns (most turns never use theirs).</summary>
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        return connectors.For(CallerOf(claimsIdentity), inner.CreateConnectorFactory(claimsIdentity));
    }

    /// <summary>Who the Connector clients act for: the token's audience and app (empty for anonymous local runs).</summary>
    private static string CallerOf(ClaimsIdentity? identity) => identity is null ? ""
        : $"{identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value}|{identity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value ?? identity.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value}";

    /// <summary>No user sign-in in this bot: no user-token client per turn.</summary>
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(NoUserTokenClient.Instance);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>The OpenID configuration or signing keys could not be fetched (IDX20803 and friends).</summary>
    private static bool IsMetadataUnavailable(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or IOException or TimeoutException
                || e.Message.Contains("IDX20803", StringComparison.Ordinal)
                || e.Message.Contains("IDX20804", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Inbound activity {ActivityId} refused: token not accepted ({ErrorType})")]
        public static partial void TokenRejected(ILogger logger, string activityId, string errorType);

        [LoggerMessage(2, LogLevel.Error, "Inbound activity {ActivityId} refused: OpenID metadata for token validation is unreachable")]
        public static partial void MetadataUnavailable(ILogger logger, string activityId, Exception exception);

        [LoggerMessage(3, LogLevel.Warning, "Inbound activity {ActivityId} refused: tenant not on Teams:AllowedTenants")]
        public static partial void ForeignTenant(ILogger logger, string activityId);
    }
}
