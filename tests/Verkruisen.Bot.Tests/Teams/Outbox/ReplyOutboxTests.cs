using System.Diagnostics;
using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Teams.Outbox;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams.Outbox;

/// <summary>
/// A Connector that accepts connections and never answers must not hold the inbound request (Teams gives up after
/// about 15 s and sends the message again): the reply goes to the outbox and is delivered once when it recovers.
/// </summary>
public sealed class ReplyOutboxTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private BotFactory bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await BotFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["Teams:Outbox:ReplyBudget"] = "00:00:02",
            ["Teams:Outbox:AttemptBudget"] = "00:00:01",
            ["Teams:Outbox:PollInterval"] = "00:00:00.200",
            ["Teams:ConnectorRetry:AttemptTimeout"] = "00:00:00.500",
        });
    }

    public async Task DisposeAsync()
    {
        connector.Recover();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Message_ConnectorNeverAnswers_ReturnsWithin10sAndTheReplyIsDeliveredOnceOnRecovery()
    {
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo", userAadId: "aaaaaaaa-bbbb-cccc-dddd-0000000000ff"));
        await connector.WaitForDeliveredAsync(1);
        connector.Hang();
        var watch = Stopwatch.StartNew();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo", userAadId: $"aaaaaaaa-bbbb-cccc-dddd-00000000000{i}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        output.WriteLine($"3 inbound messages with the Connector hung: all answered after {watch.Elapsed.TotalSeconds:F2} s");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"inbound held for {watch.Elapsed}");
        Assert.Single(connector.Delivered);
        Assert.True(connector.Unanswered > 0);

        connector.Recover();
        Assert.True(await StoredRows.WaitUntilAsync(async () => connector.Delivered.Count >= 4 && await OutboxCountAsync() == 0), "timed out waiting for the outbox to deliver");

        var delivered = connector.Delivered.Skip(1).ToList();
        output.WriteLine($"delivered from the outbox: {delivered.Count}, {connector.Unanswered} attempts were never answered while hung");
        Assert.Equal(3, delivered.Count);
        Assert.Equal(3, delivered.Select(d => d.Path).Distinct().Count()); // one per user, none twice
        Assert.All(delivered, d => Assert.Contains("Welkom", d.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_ConnectorRefusesWith400_IsNotRetriedNorQueued()
    {
        connector.Script((HttpStatusCode.BadRequest, null));

        var response = await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(connector.Requests, r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
        Assert.Equal(0, await OutboxCountAsync());
    }

    [Fact]
    public async Task EraseMyData_ReplyWaitingInTheOutbox_IsNamedAndDeletedOnlyForThatUser()
    {
        const string Erased = "aaaaaaaa-bbbb-cccc-dddd-0000000000e1";
        const string Other = "aaaaaaaa-bbbb-cccc-dddd-0000000000e2";
        await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo", userAadId: Other));
        await connector.WaitForDeliveredAsync(1);
        connector.Hang();
        await Task.WhenAll(
            bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo", userAadId: Erased)),
            bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo", userAadId: Other)));
        Assert.True(await StoredRows.WaitUntilAsync(async () => await OutboxCountAsync() == 2), "timed out waiting for the outbox to deliver");
        var source = bot.Services.GetServices<IPersonalDataSource>().OfType<OutboxPersonalData>().Single();
        var user = new ChatUser(Erased, "29:erased", null, Activities.Tenant);

        var described = await source.DescribeAsync(user, Language.Nl, CancellationToken.None);
        await source.EraseAsync(user, Language.Nl, CancellationToken.None);

        Assert.Contains("nog onderweg zijn (1)", Assert.Single(described).Title, StringComparison.Ordinal);
        Assert.Equal(1, await OutboxCountAsync());
        Assert.Empty(await source.DescribeAsync(user, Language.Nl, CancellationToken.None));
        Assert.Single(await source.DescribeAsync(user with { AadObjectId = Other }, Language.Nl, CancellationToken.None));
    }

    private async Task<int> OutboxCountAsync()
    {
        var count = 0;
        await foreach (var _ in bot.Services.GetRequiredService<Tables>().Get(Tables.ReplyOutbox).QueryAsync<TableEntity>())
        {
            count++;
        }

        return count;
    }
}
