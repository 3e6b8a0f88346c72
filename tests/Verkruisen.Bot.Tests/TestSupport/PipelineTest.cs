namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>A test class with the bot's real pipeline (<see cref="Bot"/>) and a fake Connector per test.</summary>
public abstract class PipelineTest : IAsyncLifetime
{
    protected FakeConnector Connector { get; private set; } = null!;

    protected BotFactory Bot { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await BotFactory.CreateAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
