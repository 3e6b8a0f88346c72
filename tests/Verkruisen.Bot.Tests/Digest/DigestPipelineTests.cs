using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>
/// The digest through the bot's real pipeline (fake Connector, Azurite, a fake clock in the host): "overzicht" for a
/// director and for anyone else, and the scheduled digest arriving once, at 07:30, with two instances running.
/// </summary>
public sealed class DigestPipelineTests : IAsyncLifetime
{
    private const string Director = "dddddddd-0000-4000-8000-000000000001";
    private const string Teacher = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    /// <summary>Monday 23 November 2026, 06:00 in Amsterdam: the digest of week 47 is due in 90 minutes.</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 5, 0, 0, TimeSpan.Zero);

    private ClockedBots bots = null!;

    private FakeConnector Connector => bots.Connector;

    public async Task InitializeAsync() => bots = await ClockedBots.CreateAsync();

    public async Task DisposeAsync() => await bots.DisposeAsync();

    [Theory]
    [InlineData("overzicht", "nl-NL", "Weekoverzicht week 48 (2026)")]
    [InlineData("digest", "en-US", "Weekly digest, week 48 (2026)")]
    [InlineData("Overzicht!", null, "Weekoverzicht week 48 (2026)")]
    public async Task Overzicht_Director_GetsTheDigestOfTheWeekSoFar(string text, string? locale, string title)
    {
        var (bot, _) = await StartBotAsync();

        var response = await bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, text, locale, userAadId: Director));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Connector.WaitForDeliveredAsync(1));
        var card = reply.Card;
        Assert.True(card is not null, "Expected the digest card; the Connector got:\n" + Connector.Describe());
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(title, (string?)card["body"]![0]!["text"]);
        Assert.Contains(title.StartsWith("Weekly", StringComparison.Ordinal) ? "This week so far" : "Deze week tot nu toe", card.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("overzicht", "nl-NL", "Het weekoverzicht is voor de directeur.")]
    [InlineData("digest", "en-US", "The weekly digest is for the director.")]
    public async Task Overzicht_NotADirector_IsToldItIsForTheDirector(string text, string locale, string expected)
    {
        var (bot, _) = await StartBotAsync();

        await bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, text, locale, userAadId: Teacher));

        var reply = Assert.Single(await Connector.WaitForDeliveredAsync(1));
        Assert.Null(reply.Card);
        Assert.StartsWith(expected, (string?)reply.Body!["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Director, "vraag het in je persoonlijke chat")]
    [InlineData(Teacher, "Het weekoverzicht is voor de directeur.")]
    public async Task Overzicht_InAChannel_IsNeverPostedThere(string user, string expected)
    {
        var (bot, _) = await StartBotAsync();
        var activity = Activities.Message(Connector.ServiceUrl, "<at>Verkruisen Bot</at> overzicht", userAadId: user);
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["id"] = "19:general@thread.tacv2;messageid=1";
        activity["entities"] = new Newtonsoft.Json.Linq.JArray(new Newtonsoft.Json.Linq.JObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Verkruisen Bot</at>",
            ["mentioned"] = new Newtonsoft.Json.Linq.JObject { ["id"] = Activities.BotId, ["name"] = "Verkruisen Bot" },
        });

        await bot.PostActivityAsync(activity);

        var reply = Assert.Single(await Connector.WaitForDeliveredAsync(1));
        Assert.Null(reply.Card);
        Assert.Contains(expected, (string?)reply.Body!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_TwoInstancesSeededWeek_DirectorGetsTheDigestOnceAtHalfEight()
    {
        var (first, firstTime) = await StartBotAsync();
        var (second, secondTime) = await StartBotAsync(first.TablePrefix);
        await SeedLastWeekAsync(first);
        // Both digest services have run their first tick (06:00) and wait for the next poll.
        await BothWaitForAsync(firstTime, secondTime, Start.AddMinutes(5));

        // The director has a chat with the bot (its conversation reference is stored), before 07:30.
        await first.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo", userAadId: Director));
        await Connector.WaitForDeliveredAsync(1);
        // 07:29: both ticked (and now wait for 07:30): nothing sent yet.
        await AdvanceBothAsync(firstTime, secondTime, TimeSpan.FromMinutes(89), nextTimer: TimeSpan.FromMinutes(1));
        Assert.Single(Connector.Delivered);

        // 07:30: one of the two sends it; both have ticked and wait for the next poll.
        await AdvanceBothAsync(firstTime, secondTime, TimeSpan.FromMinutes(1), nextTimer: TimeSpan.FromMinutes(5));
        var delivered = await Connector.WaitForDeliveredAsync(2);
        // An hour of polls later, on both instances: still once.
        for (var tick = 0; tick < 4; tick++)
        {
            await AdvanceBothAsync(firstTime, secondTime, TimeSpan.FromMinutes(15), nextTimer: TimeSpan.FromMinutes(5));
        }

        Assert.True(Connector.Delivered.Count == 2, "Expected the hello reply and one digest; the Connector got:\n" + Connector.Describe());
        var digest = delivered[1].Card!.ToString();
        Assert.Contains("Weekoverzicht week 47 (2026)", digest, StringComparison.Ordinal);
        Assert.Contains("\"Gesteld\"", digest, StringComparison.Ordinal);
        Assert.Contains("\"10 (+10 t.o.v. vorige week)\"", digest, StringComparison.Ordinal);
        Assert.Contains("Mag ik TikTok-filmpjes maken met mijn groep?", digest, StringComparison.Ordinal);
        var claim = await ClaimsTable(first).GetEntityAsync<TableEntity>("2026-W47", Director);
        Assert.Equal("sent", claim.Value.GetString("State"));
    }

    private Task<(BotFactory Bot, WatchedClock Time)> StartBotAsync(string? tablePrefix = null) => bots.StartAsync(
        Start,
        new Dictionary<string, string?>
        {
            ["Digest:Directors:0"] = Director,
            ["Digest:PollInterval"] = "00:05:00",
            ["Digest:ScheduleEnabled"] = "true", // off in Development by default
        },
        tablePrefix);

    /// <summary>Advances both clocks, then waits until both digest services have finished the tick this woke and armed their next one.</summary>
    private static async Task AdvanceBothAsync(WatchedClock first, WatchedClock second, TimeSpan by, TimeSpan nextTimer)
    {
        first.Advance(by);
        second.Advance(by);
        await BothWaitForAsync(first, second, first.GetUtcNow() + nextTimer);
    }

    private static Task BothWaitForAsync(WatchedClock first, WatchedClock second, DateTimeOffset due) =>
        Task.WhenAll(first.WaitForTimerAsync(due), second.WaitForTimerAsync(due));

    private static async Task SeedLastWeekAsync(BotFactory bot)
    {
        var tables = bot.Services.GetRequiredService<Bot.Storage.Tables>();
        var questionLog = tables.Get(Tables.QuestionLog);
        await questionLog.CreateIfNotExistsAsync();
        foreach (var question in SeededWeek.Questions(SeededWeek.Week))
        {
            await questionLog.AddEntityAsync(question);
        }
    }

    private static TableClient ClaimsTable(BotFactory bot) =>
        bot.Services.GetRequiredService<Bot.Storage.Tables>().Get(Tables.DigestClaims);
}
