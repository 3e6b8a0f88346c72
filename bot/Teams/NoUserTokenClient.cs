using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// The bot signs nobody in (no OAuth connection, no SSO), so a turn needs no user-token client. The SDK builds one for
/// every turn (a REST client with its user-agent parsing); this stands in for it and refuses every call.
/// </summary>
internal sealed class NoUserTokenClient : UserTokenClient
{
    public static NoUserTokenClient Instance { get; } = new();

    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        throw Refused();

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        throw Refused();

    private static NotSupportedException Refused() => new("This bot has no user sign-in (no OAuth connection).");
}
