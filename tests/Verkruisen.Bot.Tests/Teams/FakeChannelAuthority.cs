using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>
/// A fake OpenID endpoint over HTTPS and the Production settings that make the built bot trust it via SSL_CERT_FILE
/// (the SDK validates tokens with its own static HttpClient), without a bot: for tests that start bots of their own.
/// Once the metadata URL is overridden, the issuer, login URL and OAuth scope must be set too, or every token is
/// refused; and OAuthUrl, or the SDK fails every turn building its user-token client.
/// </summary>
public sealed class FakeChannelAuthority : IAsyncLifetime
{
    public const string AppId = "00000000-1111-2222-3333-444444444444";
    public const string Tenant = Activities.Tenant;

    public TestCertificate Certificate { get; } = TestCertificate.Create();

    public FakeOpenIdServer OpenId { get; private set; } = null!;

    public string ServiceUrl { get; } = "https://smba.trafficmanager.net/emea/" + Tenant + "/";

    public string TablePrefix { get; } = TestTables.NewPrefix();

    public string StorageConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        StorageConnectionString = (await AzuriteProcess.Shared).ConnectionString;
        OpenId = await FakeOpenIdServer.StartAsync(Certificate);
    }

    public async Task DisposeAsync()
    {
        if (OpenId is not null)
        {
            await OpenId.DisposeAsync();
        }

        Certificate.Dispose();
    }

    public Dictionary<string, string> ProductionSettings(string metadataUrl) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = Tenant,
        ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
        ["ToBotFromChannelTokenIssuer"] = FakeOpenIdServer.Issuer,
        ["ToChannelFromBotLoginUrl"] = "https://127.0.0.1:9/" + Tenant,
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["Teams__AllowedTenants__0"] = Tenant,
        ["Storage__ConnectionString"] = StorageConnectionString,
        ["Storage__TablePrefix"] = TablePrefix,
        ["SSL_CERT_FILE"] = Certificate.PemPath,
    };
}
