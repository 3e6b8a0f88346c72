using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>The built bot in Production configuration, started once for the class, trusting <see cref="Authority"/>.</summary>
public sealed class JwtAuthenticationFixture : IAsyncLifetime
{
    public FakeChannelAuthority Authority { get; } = new();

    public BotProcess Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Authority.InitializeAsync();
        Bot = BotProcess.Start(Authority.ProductionSettings(Authority.OpenId.MetadataUrl));
        await Bot.WaitUntilListeningAsync();
    }

    public async Task DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await Authority.DisposeAsync();
    }
}
