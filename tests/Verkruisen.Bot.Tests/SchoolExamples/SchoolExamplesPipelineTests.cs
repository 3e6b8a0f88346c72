using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.SchoolExamples;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.SchoolExamples;

/// <summary>
/// Learning from the school, through the bot's real pipeline (fake Connector, Azurite): a question the bot was not
/// sure about appears in the director's digest with "hoort bij regel N" buttons; after the director's click that
/// question and a paraphrase of it are answered with that rule, on this instance at once and on another instance
/// after its refresh; anyone else's click is refused and changes nothing.
/// </summary>
public sealed class SchoolExamplesPipelineTests : IAsyncLifetime
{
    public const string Director = "dddddddd-0000-4000-8000-000000000001";
    public const string Teacher = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    /// <summary>Not sure (rules 3 and 10 come closest): the protocol's grey area between school and life outside it.</summary>
    public const string Question = "Ik ben ook trainer bij de voetbalclub en daar zitten veel kinderen van school in. Ik post weleens teamfoto's en uitslagen, moet ik dat ergens afstemmen?";

    public const string Paraphrase = "Als voetbaltrainer van een club met veel kinderen van school post ik teamfoto's en de uitslagen. Moet ik dat afstemmen?";

    private const string NotSure = "Dat weet ik niet zeker";
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(37);
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private ClockedBots bots = null!;

    private FakeConnector Connector => bots.Connector;

    public async Task InitializeAsync() => bots = await ClockedBots.CreateAsync();

    public async Task DisposeAsync() => await bots.DisposeAsync();

    [Fact]
    public async Task Assign_DirectorChoosesARule_TheQuestionAndAParaphraseAreAnsweredWithIt()
    {
        var (bot, _) = await StartBotAsync();
        Assert.Contains(NotSure, await AskAsync(bot, Question), StringComparison.Ordinal);
        Assert.Contains(NotSure, await AskAsync(bot, Paraphrase), StringComparison.Ordinal);

        var button = await DigestButtonAsync(bot, "Hoort bij regel 10");
        var response = await ClickAsync(bot, Director, button);

        Assert.Equal(200, (int?)response["statusCode"]);
        Assert.Equal("Vastgelegd: de vraag hoort bij regel 10. Ik beantwoord hem, en vragen die erop lijken, voortaan zo.", (string?)response["value"]);
        foreach (var question in new[] { Question, Paraphrase })
        {
            var card = await AskAsync(bot, question);
            Assert.DoesNotContain(NotSure, card, StringComparison.Ordinal);
            Assert.Equal("Regel 10:", FirstRule(card));
        }
    }

    [Fact]
    public async Task Assign_OtherRuleFromTheList_IsStoredWithoutWhoAskedOrWhoChose()
    {
        var (bot, _) = await StartBotAsync();
        await AskAsync(bot, Question);
        var other = await DigestButtonAsync(bot, "Vastleggen");
        other[SchoolExampleButtons.ChoiceId((string)other["questionId"]!)] = "purpose";

        var response = await ClickAsync(bot, Director, other);

        Assert.Equal(200, (int?)response["statusCode"]);
        Assert.Equal("Doel", FirstRule(await AskAsync(bot, Paraphrase))[..4]);
        var row = Assert.Single(await RowsAsync(bot));
        Assert.Equal(["Label", "LabelledAt", "Language", "PartitionKey", "RowKey", "Text"], row.Keys.Where(k => k is not ("Timestamp" or "odata.etag")).Order(StringComparer.Ordinal));
        Assert.Equal((Question, "purpose", "nl"), (row.GetString("Text"), row.GetString("Label"), row.GetString("Language")));
        Assert.DoesNotContain(row, p => p.Value?.ToString() is { } v && (v.Contains(Teacher, StringComparison.Ordinal) || v.Contains(Director, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Assign_OnOneInstance_TheOtherAnswersWithTheRuleAfterItsRefresh()
    {
        var (first, _) = await StartBotAsync();
        var (second, secondTime) = await StartBotAsync(first.TablePrefix);
        await secondTime.WaitForTimerAsync(Start + Refresh); // the second instance read the (empty) table at start
        await AskAsync(first, Question);

        await ClickAsync(first, Director, await DigestButtonAsync(first, "Hoort bij regel 10"));
        Assert.Contains(NotSure, await AskAsync(second, Paraphrase), StringComparison.Ordinal);
        secondTime.Advance(Refresh);
        await secondTime.WaitForTimerAsync(Start + Refresh + Refresh);

        Assert.Equal("Regel 10:", FirstRule(await AskAsync(second, Paraphrase)));
    }

    [Theory]
    [InlineData("10")]
    [InlineData("out-of-scope")]
    public async Task Assign_NotADirector_IsRefusedAndChangesNothing(string label)
    {
        var (bot, _) = await StartBotAsync();
        await AskAsync(bot, Question);
        var button = await DigestButtonAsync(bot, "Hoort bij regel 10");
        button["label"] = label;

        var response = await ClickAsync(bot, Teacher, button);

        Assert.Equal(403, (int?)response["statusCode"]);
        Assert.Equal("Dit is voor de directeur.", (string?)response["value"]!["message"]);
        Assert.DoesNotContain("voetbal", response.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await RowsAsync(bot));
        Assert.Contains(NotSure, await AskAsync(bot, Question), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-W48_nope", "10", 200)]
    [InlineData(null, "10", 400)]
    [InlineData("2026-W48_x", "13", 400)]
    [InlineData("a/b#c_d", "10", 200)]
    public async Task Assign_DirectorWithAnUnknownQuestionOrRule_NoErrorAndNothingStored(string? questionId, string label, int status)
    {
        var (bot, _) = await StartBotAsync();

        var response = await ClickAsync(bot, Director, new JObject { ["questionId"] = questionId, ["label"] = label });

        Assert.Equal(status, (int?)response["statusCode"]);
        Assert.Empty(await RowsAsync(bot));
    }

    /// <summary>The answer card to a question, as JSON text.</summary>
    public async Task<string> AskAsync(BotFactory bot, string question)
    {
        var before = Connector.Delivered.Count;
        using var response = await bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, question, userAadId: Teacher));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivered = await Connector.WaitForDeliveredAsync(before + 1);
        return delivered[before].Card!.ToString();
    }

    /// <summary>The data of the digest button with this title (in the list of unanswered questions).</summary>
    public async Task<JObject> DigestButtonAsync(BotFactory bot, string title)
    {
        var before = Connector.Delivered.Count;
        await bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "overzicht", userAadId: Director));
        var digest = (await Connector.WaitForDeliveredAsync(before + 1))[before].Card!;
        var action = digest.Descendants().OfType<JObject>()
            .FirstOrDefault(a => (string?)a["type"] == "Action.Execute" && (string?)a["title"] == title && (string?)a["verb"] == SchoolExampleVerbs.Assign);
        Assert.True(action is not null, $"No button \"{title}\" in the digest:\n{digest}");
        return (JObject)action["data"]!.DeepClone();
    }

    public static async Task<JObject> ClickAsync(BotFactory bot, string user, JObject data)
    {
        using var response = await bot.PostActivityAsync(Activities.CardAction("http://127.0.0.1:1/", SchoolExampleVerbs.Assign, data, userAadId: user));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<List<TableEntity>> RowsAsync(BotFactory bot)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in bot.Services.GetRequiredService<Tables>().Get(Tables.SchoolExamples).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    public Task<(BotFactory Bot, WatchedClock Time)> StartBotAsync(string? tablePrefix = null) => bots.StartAsync(
        Start,
        new Dictionary<string, string?> { ["Digest:Directors:0"] = Director, ["SchoolExamples:RefreshInterval"] = "00:00:37" },
        tablePrefix);

    /// <summary>The first quoted rule's label in an answer card ("Regel 10:"), or the card when there is none.</summary>
    private static string FirstRule(string card)
    {
        var json = JObject.Parse(card);
        var label = json.Descendants().OfType<JObject>().Select(t => (string?)t["text"])
            .FirstOrDefault(t => t is not null && (t.StartsWith("Regel ", StringComparison.Ordinal) || t.StartsWith("Doel", StringComparison.Ordinal)));
        return label is null ? card : label.StartsWith("Regel", StringComparison.Ordinal) ? label[..label.IndexOf(':', StringComparison.Ordinal)] + ":" : label;
    }
}
