using System.Diagnostics;
using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>
/// The bot added to a chat (conversationUpdate, issue 17's fuzz seed 5): the welcome is a reply like any other, and a
/// Connector that cannot be reached never fails the turn. The SDK's own lookup of every added member (a Connector call
/// in the turn, outside the reply budget) is not made: the bot needs only the activity.
/// </summary>
public sealed class MembersAddedTests
{
    [Fact]
    public async Task BotAdded_ServiceUrlRefusesConnections_TurnDoesNotFailAndTheWelcomeWaitsInTheOutbox()
    {
        var logs = new CapturedLogs();
        using var closed = new ClosedPort();
        await using var bot = await BotFactory.CreateAsync(services: logs.AddTo);
        var watch = Stopwatch.StartNew();

        var response = await bot.PostActivityAsync(Activities.BotAdded($"http://127.0.0.1:{closed.Port}/", userAadId: "aaaaaaaa-bbbb-cccc-dddd-0000000000a1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"inbound held for {watch.Elapsed}"); // Teams gives up after about 15 s
        var failed = logs.Lines.Where(l => l.Text.StartsWith("Turn failed", StringComparison.Ordinal)).Select(l => l.Text).ToList();
        Assert.True(failed.Count == 0, string.Join('\n', failed));
        var queued = new List<TableEntity>();
        await foreach (var row in bot.Services.GetRequiredService<Tables>().Get(Tables.ReplyOutbox).QueryAsync<TableEntity>())
        {
            queued.Add(row);
        }

        Assert.Single(queued); // the welcome, delivered once the Connector can be reached
    }

    [Fact]
    public async Task BotAdded_ConnectorUp_WelcomeIsTheOnlyConnectorCall()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotFactory.CreateAsync();

        var response = await bot.PostActivityAsync(Activities.BotAdded(connector.ServiceUrl, userAadId: "aaaaaaaa-bbbb-cccc-dddd-0000000000a2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(await connector.WaitForDeliveredAsync(1));
        Assert.Contains("Welkom", welcome.AllText, StringComparison.Ordinal);
        Assert.True(connector.Requests.Count == 1, connector.Describe());
    }
}
