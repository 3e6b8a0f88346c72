using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>The built bot in Production configuration, started once for the class, trusting <see cref="FakeChannelAuthority"/>.</summary>
public sealed class JwtAuthenticationFixture : IAsyncLifetime
{
    public const string AppId = FakeChannelAuthority.AppId;
    public const string Tenant = FakeChannelAuthority.Tenant;

    private readonly FakeChannelAuthority authority = new();

    public TestCertificate Certificate => authority.Certificate;

    public FakeOpenIdServer OpenId => authority.OpenId;

    public BotProcess Bot { get; private set; } = null!;

    public string ServiceUrl => authority.ServiceUrl;

    public string TablePrefix => authority.TablePrefix;

    public string StorageConnectionString => authority.StorageConnectionString;

    public async Task InitializeAsync()
    {
        await authority.InitializeAsync();
        Bot = BotProcess.Start(ProductionSettings(OpenId.MetadataUrl));
        await Bot.WaitUntilListeningAsync();
    }

    public async Task DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await authority.DisposeAsync();
    }

    public Dictionary<string, string> ProductionSettings(string metadataUrl) => authority.ProductionSettings(metadataUrl);
}
