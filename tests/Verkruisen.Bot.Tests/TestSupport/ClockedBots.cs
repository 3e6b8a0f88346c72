using Microsoft.Extensions.DependencyInjection;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// Instances of the bot for one test, each on its own fake clock, sharing one fake Connector and (when given a prefix)
/// one set of tables, as several instances behind one Azure Bot do. Disposed with the test.
/// </summary>
public sealed class ClockedBots : IAsyncDisposable
{
    private readonly List<BotFactory> bots = [];

    private ClockedBots(FakeConnector connector) => Connector = connector;

    public FakeConnector Connector { get; }

    public static async Task<ClockedBots> CreateAsync() => new(await FakeConnector.StartAsync());

    /// <summary>A started instance with its clock at <paramref name="start"/>; <paramref name="tablePrefix"/> shares another's tables.</summary>
    public async Task<(BotFactory Bot, WatchedClock Time)> StartAsync(DateTimeOffset start, Dictionary<string, string?> settings, string? tablePrefix = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var time = new WatchedClock(start);
        if (tablePrefix is not null)
        {
            settings["Storage:TablePrefix"] = tablePrefix;
        }

        var bot = await BotFactory.CreateAsync(settings, services => services.AddSingleton<TimeProvider>(time));
        bots.Add(bot);
        return (bot, time);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in bots)
        {
            await bot.DisposeAsync();
        }

        await Connector.DisposeAsync();
    }
}
