using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>
/// The built bot in Production configuration, pointed at a fake OpenID endpoint over HTTPS that it trusts via
/// SSL_CERT_FILE (the SDK validates tokens with its own static HttpClient). Once the metadata URL is
/// overridden, the issuer, login URL and OAuth scope must be set too, or every token is refused; and OAuthUrl,
/// or the SDK fails every turn building its user-token client.
/// </summary>
public sealed class JwtAuthenticationFixture : IAsyncLifetime
{
    public const string AppId = "00000000-1111-2222-3333-444444444444";
    public const string Tenant = Activities.Tenant;

    public TestCertificate Certificate { get; } = TestCertificate.Create();

    public FakeOpenIdServer OpenId { get; private set; } = null!;

    public BotProcess Bot { get; private set; } = null!;

    public string ServiceUrl { get; } = "https://smba.trafficmanager.net/emea/" + Tenant + "/";

    public string TablePrefix { get; } = TestTables.NewPrefix();

    public string StorageConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        StorageConnectionString = (await AzuriteProcess.Shared).ConnectionString;
        OpenId = await FakeOpenIdServer.StartAsync(Certificate);
        Bot = BotProcess.Start(ProductionSettings(OpenId.MetadataUrl));
        await Bot.WaitUntilListeningAsync();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await OpenId.DisposeAsync();
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
