using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class GuidelinesChatTests
{
    private static readonly QuestionEngine Engine = QuestionEngine.CreateDefault();
    private static readonly ChatUser User = new("aad", "29:1", "Juf", "tenant");

    [Fact]
    public async Task AnswerThenFeedback_ThumbsDown_IsStoredOnTheLoggedQuestion()
    {
        var (chat, store) = await CreateAsync();
        var reply = await chat.AnswerAsync("Mag ik foto's van mijn klas op fb zetten?", User, Language.Nl, CancellationToken.None);
        var thumbsDown = (ExecuteAction)reply.Card!.Actions![3];

        var result = await chat.TryHandleActionAsync(
            new CardActionRequest(thumbsDown.Verb, (JsonObject)thumbsDown.Data!.DeepClone(), User, Language.Nl, null), CancellationToken.None);

        Assert.IsType<CardActionResult.Message>(result);
        var entries = new List<QuestionLogEntity>();
        await foreach (var e in store.ReadWeekAsync("2026-W48", CancellationToken.None))
        {
            entries.Add(e);
        }

        Assert.False(Assert.Single(entries).Helpful);
    }

    [Theory]
    [InlineData("Wanneer is de herfstvakantie?", "vragen over het social-media-protocol van obs BM Verkruisen beantwoorden")]
    [InlineData("hoi", "Welkom bij de Verkruisen Bot")]
    public async Task AnswerAsync_OffTopicOrGreeting_GetsTheRightCard(string text, string expected)
    {
        var (chat, _) = await CreateAsync();

        var reply = await chat.AnswerAsync(text, User, Language.Nl, CancellationToken.None);

        Assert.Contains(expected, CardJson.ToNode(reply.Card!).ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GuidelineCards.ShowProtocolVerb, typeof(CardActionResult.SendMessage))] // a new message; the answer stays
    [InlineData(GuidelineCards.AskManagerVerb, null)] // the approval flow opens its form (Approvals)
    [InlineData("help.examples", null)]
    public async Task TryHandleActionAsync_Verb_HandlesOnlyItsOwn(string verb, Type? expected)
    {
        var (chat, _) = await CreateAsync();

        var result = await chat.TryHandleActionAsync(new CardActionRequest(verb, [], User, Language.Nl, null), CancellationToken.None);

        Assert.Equal(expected, result?.GetType());
    }

    [Theory]
    [InlineData("180", true)]
    [InlineData("0", false)]
    public void AddGuidelines_Configuration_ValidatesRetention(string days, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["QuestionLog:RetentionDays"] = days,
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        Verkruisen.Bot.Storage.StorageServiceCollectionExtensions.AddStorage(services, configuration);
        services.AddGuidelines(configuration);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var resolve = () => provider.GetRequiredService<IOptions<QuestionLogOptions>>().Value;

        Assert.NotNull(provider.GetRequiredService<GuidelinesChat>());
        if (valid)
        {
            Assert.Equal(180, resolve().RetentionDays);
        }
        else
        {
            Assert.Throws<OptionsValidationException>(resolve);
        }
    }

    private static async Task<(GuidelinesChat Chat, QuestionLogStore Store)> CreateAsync()
    {
        var store = new QuestionLogStore(
            await TestTables.CreateAsync(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)), Options.Create(new QuestionLogOptions()));
        return (new GuidelinesChat(Engine, new LearnedExamples(Engine), store, NullLogger<GuidelinesChat>.Instance), store);
    }
}
