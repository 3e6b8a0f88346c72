using System.Net;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>
/// The SDK's AdaptiveCards dependency is pruned (our registry lacks it; only a SharePoint type uses it).
/// This proves the bot never needs it: not in its dependency graph, and not loaded after real turns.
/// </summary>
public sealed class SdkDependencyTests
{
    [Fact]
    public void BotDependencies_DoNotContainAdaptiveCards()
    {
        var deps = File.ReadAllText(Path.ChangeExtension(BotProcess.BotDll, ".deps.json"));

        Assert.Contains("Microsoft.Bot.Schema", deps, StringComparison.Ordinal);
        Assert.DoesNotContain("\"AdaptiveCards", deps, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(BotProcess.BotDll)!, "AdaptiveCards.dll")));
    }

    [Fact]
    public async Task Turns_WithCardsAndInvokes_NeverLoadAdaptiveCards()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotFactory.CreateAsync();

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(Activities.CardAction(connector.ServiceUrl, "help.examples"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(Activities.BotAdded(connector.ServiceUrl))).StatusCode);

        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "AdaptiveCards");
    }
}
