using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.DraftCheck;

public sealed class DraftCheckChatTests
{
    private static readonly ChatUser User = new("aad-1", "29:1", "Juf Test", "tenant-1");

    private static async Task<(DraftCheckChat Chat, DraftCheckStore Store)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync();
        var store = new DraftCheckStore(tables, TimeProvider.System, Options.Create(new DraftCheckOptions()));
        return (new DraftCheckChat(SharedChecker.Default, store, NullLogger<DraftCheckChat>.Instance), store);
    }

    private static string FirstText(AdaptiveCard card) =>
        (string)CardJson.ToNode(card)["body"]![0]!["items"]![0]!["text"]!;

    [Theory]
    [InlineData("controleer: Emma uit groep 6 heeft dyscalculie.", "⛔")]
    [InlineData("Controleer Mooie workshop gegeven over rekendidactiek.", "✅")]
    [InlineData("check: Here is a photo of my class!", "⚠️")]
    public async Task TryHandleMessage_CheckCommand_RepliesWithVerdictAndRecordsIt(string text, string icon)
    {
        var (chat, store) = await CreateAsync();

        var reply = await chat.TryHandleMessageAsync(text, User, Language.Nl, CancellationToken.None);

        Assert.NotNull(reply?.Card);
        Assert.StartsWith(icon, FirstText(reply.Card), StringComparison.Ordinal);
        Assert.Single(await store.ReadWeekAsync(SchoolCalendar.WeekKey(DateTimeOffset.UtcNow), CancellationToken.None));
    }

    [Fact]
    public async Task TryHandleMessage_PastedPostWithoutCommand_OffersTheCheckOneClickAway()
    {
        var (chat, _) = await CreateAsync();
        const string post = "Wat een geweldige sportdag vandaag met groep 7! Iedereen deed mee en de zon scheen. #sportdag #verkruisen";

        var reply = await chat.TryHandleMessageAsync(post, User, Language.Nl, CancellationToken.None);

        var card = CardJson.ToNode(reply!.Card!);
        Assert.Equal("Wil je dat ik dit bericht controleer?", (string?)card["body"]![0]!["text"]);
        var check = card["actions"]![0]!;
        Assert.Equal(DraftCheckVerbs.Check, (string?)check["verb"]);
        Assert.Equal(post, (string?)check["data"]![DraftCheckVerbs.DraftKey]);
        var verdict = await chat.TryHandleActionAsync(
            new CardActionRequest(DraftCheckVerbs.Check, check["data"]!.AsObject().DeepClone().AsObject(), User, Language.Nl, "offer-1"), CancellationToken.None);
        Assert.IsType<CardActionResult.ReplaceCard>(verdict);
    }

    [Theory]
    [InlineData("controleer als directeur: Ik vind dat de werkdruk in het onderwijs omlaag moet.", true)]
    [InlineData("controleer als stagiair: Ik vind dat de werkdruk in het onderwijs omlaag moet.", false)]
    [InlineData("controleer als onderwijsassistent: Ik vind dat de werkdruk in het onderwijs omlaag moet.", false)]
    [InlineData("check as director: In my opinion the minister's education policy is a failure.", true)]
    [InlineData("check as support: In my opinion the minister's education policy is a failure.", false)]
    public async Task TryHandleMessage_CheckAsRole_Rule5OnlyForLeaders(string text, bool rule5)
    {
        var (chat, _) = await CreateAsync();

        var reply = await chat.TryHandleMessageAsync(text, User, Language.Nl, CancellationToken.None);

        var json = CardJson.Serialize(reply!.Card!);
        Assert.Equal(rule5, json.Contains("Regel 5**", StringComparison.Ordinal));
        Assert.DoesNotContain("stagiair:", json, StringComparison.Ordinal);
        if (rule5)
        {
            Assert.StartsWith("⚠️", FirstText(reply.Card!), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TryHandleAction_FormSubmitBySupportStaff_IsChecked()
    {
        var (chat, _) = await CreateAsync();
        var data = new JsonObject { ["draft"] = "Mooie workshop gegeven over rekendidactiek.", ["platform"] = "linkedin", ["account"] = "personal", ["role"] = "support" };

        var result = await chat.TryHandleActionAsync(new CardActionRequest(DraftCheckVerbs.Check, data, User, Language.Nl, null), CancellationToken.None);

        Assert.StartsWith("✅", FirstText(Assert.IsType<CardActionResult.ReplaceCard>(result).Card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("controleer")]
    [InlineData("check:")]
    public async Task TryHandleMessage_BareCommand_ShowsTheForm(string text)
    {
        var (chat, _) = await CreateAsync();

        var reply = await chat.TryHandleMessageAsync(text, User, Language.Nl, CancellationToken.None);

        Assert.Contains("\"Input.Text\"", CardJson.Serialize(reply!.Card!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mag ik foto's van mijn klas op Instagram zetten?")]
    [InlineData("controleren of de app werkt")]
    [InlineData("checklist voor de schoolreis")]
    [InlineData("check-in om 9 uur bij de gymzaal, mag dat op Instagram?")]
    public async Task TryHandleMessage_OtherText_IsNotMine(string text)
    {
        var (chat, _) = await CreateAsync();

        Assert.Null(await chat.TryHandleMessageAsync(text, User, Language.Nl, CancellationToken.None));
    }

    [Fact]
    public async Task TryHandleAction_FormSubmit_ReplacesWithVerdict()
    {
        var (chat, _) = await CreateAsync();
        var data = new JsonObject { ["draft"] = "Hier een foto van de klas.", ["platform"] = "instagram", ["photos"] = "true", ["account"] = "personal", ["role"] = "teacher" };

        var result = await chat.TryHandleActionAsync(new CardActionRequest(DraftCheckVerbs.Check, data, User, Language.En, null), CancellationToken.None);

        var card = Assert.IsType<CardActionResult.ReplaceCard>(result).Card;
        Assert.StartsWith("⚠️ In doubt", FirstText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandleAction_EmptyFormSubmit_ShowsTheFormAgainWithANotice()
    {
        var (chat, _) = await CreateAsync();

        var result = await chat.TryHandleActionAsync(new CardActionRequest(DraftCheckVerbs.Check, [], User, Language.Nl, null), CancellationToken.None);

        var json = CardJson.Serialize(Assert.IsType<CardActionResult.ReplaceCard>(result).Card);
        Assert.Contains("leeg", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandleAction_RequestApproval_IsLeftToTheApprovalFlow()
    {
        var (chat, _) = await CreateAsync();

        var result = await chat.TryHandleActionAsync(new CardActionRequest(DraftCheckVerbs.RequestApproval, new JsonObject { ["draft"] = "x" }, User, Language.Nl, null), CancellationToken.None);

        Assert.Null(result);
    }

    [Fact]
    public async Task TryHandleAction_OtherVerb_IsNotMine()
    {
        var (chat, _) = await CreateAsync();

        Assert.Null(await chat.TryHandleActionAsync(new CardActionRequest("help.show", [], User, Language.Nl, null), CancellationToken.None));
    }
}
