using System.Net;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.MessagingExtension;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.MessagingExtension;

/// <summary>composeExtension/fetchTask and composeExtension/submitAction of "check this message" through the real pipeline.</summary>
public sealed class CheckPipelineTests : PipelineTest
{
    private const string Adaptive = "application/vnd.microsoft.card.adaptive";

    [Theory]
    [InlineData("<p>Emma uit groep 6 heeft <b>dyscalculie</b> &amp; krijgt extra tijd.</p>", "Emma uit groep 6 heeft dyscalculie & krijgt extra tijd.")]
    [InlineData("<div>Mooie workshop<br>gegeven!</div><script>alert(1)</script>", "Mooie workshop\ngegeven!")]
    public async Task FetchTask_FromAMessage_OpensTheFormDialogPrefilledWithItsText(string html, string expectedDraft)
    {
        var task = await TaskAsync(ComposeExtensionActivities.FetchTask(Connector.ServiceUrl, html));

        Assert.Equal("continue", (string?)task["type"]);
        Assert.Equal("Controleer dit bericht", (string?)task["value"]!["title"]);
        Assert.Equal(Adaptive, (string?)task["value"]!["card"]!["contentType"]);
        var card = (JObject)task["value"]!["card"]!["content"]!;
        Assert.Equal(expectedDraft, (string?)Input(card, DraftCheckVerbs.DraftKey)["value"]);
        AssertOnlySubmitActions(card);
    }

    [Theory]
    [InlineData("<p><img src=\"https://example.com/klas.jpg\" alt=\"foto\"></p>", 0)]
    [InlineData("<attachment id=\"5ad3b8a0\"></attachment>", 1)]
    [InlineData("", 0)]
    public async Task FetchTask_MessageWithoutText_SaysSoClearlyAndLeavesTheDraftEmpty(string html, int cards)
    {
        var attachments = new JArray(Enumerable.Range(0, cards).Select(i => new JObject
        {
            ["id"] = "5ad3b8a0",
            ["contentType"] = Adaptive,
            ["content"] = "{\"type\":\"AdaptiveCard\"}",
        }));

        var task = await TaskAsync(ComposeExtensionActivities.FetchTask(Connector.ServiceUrl, html, attachments: attachments));

        Assert.Equal("continue", (string?)task["type"]);
        var card = (JObject)task["value"]!["card"]!["content"]!;
        Assert.Contains(card["body"]!, e => ((string?)e["text"])?.Contains("geen tekst die ik kan controleren", StringComparison.Ordinal) == true);
        Assert.Null(Input(card, DraftCheckVerbs.DraftKey)["value"]);
    }

    [Fact]
    public async Task FetchTask_FromTheComposeBoxInEnglish_OpensAnEmptyEnglishForm()
    {
        var task = await TaskAsync(ComposeExtensionActivities.FetchTask(Connector.ServiceUrl, html: null, locale: "en-US"));

        Assert.Equal("Check this message", (string?)task["value"]!["title"]);
        var card = (JObject)task["value"]!["card"]!["content"]!;
        Assert.Equal("Your draft", (string?)Input(card, DraftCheckVerbs.DraftKey)["label"]);
        Assert.Null(Input(card, DraftCheckVerbs.DraftKey)["value"]);
    }

    [Theory]
    [InlineData("composeExtension/fetchTask")]
    [InlineData("composeExtension/submitAction")]
    public async Task UnknownCommand_Answers400NotA500(string name)
    {
        var activity = name.EndsWith("fetchTask", StringComparison.Ordinal)
            ? ComposeExtensionActivities.FetchTask(Connector.ServiceUrl, "<p>hallo</p>", commandId: "deleteEverything")
            : ComposeExtensionActivities.SubmitAction(Connector.ServiceUrl, Form("hallo"), commandId: "deleteEverything");

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnknownCommand", (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["code"]);
    }

    [Theory]
    [InlineData("Emma uit groep 6 heeft dyscalculie en krijgt daarom extra tijd.", "nl-NL", "⛔ Niet plaatsen", true)]
    [InlineData("Mooie workshop gegeven over rekendidactiek, dank aan alle deelnemers!", "nl-NL", "✅ Mag: je kunt dit plaatsen", false)]
    [InlineData("Emma from group 6 has dyscalculia and gets extra time.", "en-US", "⛔ Do not post", true)]
    public async Task SubmitAction_Check_ShowsTheVerdictInTheDialogWithApprovalAndInsertButtons(string draft, string locale, string verdict, bool approval)
    {
        var task = await TaskAsync(ComposeExtensionActivities.SubmitAction(Connector.ServiceUrl, Form(draft), locale));

        Assert.Equal("continue", (string?)task["type"]);
        var card = (JObject)task["value"]!["card"]!["content"]!;
        Assert.Equal(verdict, (string?)card["body"]![0]!["items"]![0]!["text"]);
        AssertOnlySubmitActions(card);
        var verbs = card["actions"]!.Select(a => (string?)a["data"]!["verb"]).ToList();
        Assert.Equal(approval, verbs.Contains(DraftCheckVerbs.RequestApproval));
        Assert.Contains(MessageCheck.InsertVerdictVerb, verbs);
        var insert = card["actions"]!.Single(a => (string?)a["data"]!["verb"] == MessageCheck.InsertVerdictVerb);
        Assert.Equal(draft, (string?)insert["data"]![DraftCheckVerbs.DraftKey]);
    }

    [Fact]
    public async Task SubmitAction_FormWithoutVerb_IsTheCheck()
    {
        var data = Form("Mooie workshop gegeven over rekendidactiek!");
        data.Remove("verb");

        var task = await TaskAsync(ComposeExtensionActivities.SubmitAction(Connector.ServiceUrl, data));

        Assert.StartsWith("✅", (string?)task["value"]!["card"]!["content"]!["body"]![0]!["items"]![0]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAction_EmptyDraft_ShowsTheFormAgainWithANotice()
    {
        var task = await TaskAsync(ComposeExtensionActivities.SubmitAction(Connector.ServiceUrl, Form("   ")));

        Assert.Equal("continue", (string?)task["type"]);
        var card = (JObject)task["value"]!["card"]!["content"]!;
        Assert.NotNull(Input(card, DraftCheckVerbs.DraftKey));
        Assert.Contains(card["body"]!, e => (string?)e["color"] == "Attention");
    }

    [Fact]
    public async Task SubmitAction_InsertVerdict_InsertsTheVerdictCardWithoutButtons()
    {
        var data = Form("Emma uit groep 6 heeft dyscalculie en krijgt daarom extra tijd.");
        data["verb"] = MessageCheck.InsertVerdictVerb;

        var response = await Bot.PostActivityAsync(ComposeExtensionActivities.SubmitAction(Connector.ServiceUrl, data));

        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["task"]);
        Assert.Equal("result", (string?)body["composeExtension"]!["type"]);
        var attachment = Assert.Single(body["composeExtension"]!["attachments"]!);
        Assert.Equal(Adaptive, (string?)attachment["contentType"]);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)attachment["preview"]!["contentType"]);
        Assert.Equal("⛔ Niet plaatsen", (string?)attachment["content"]!["body"]![0]!["items"]![0]!["text"]);
        Assert.Null(attachment["content"]!["actions"]);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(attachment["content"]!.ToString(Newtonsoft.Json.Formatting.None)), 1, RuleCard.MaxBytes);
    }

    [Fact]
    public async Task FetchTask_MessageLongerThanACheckTakes_SaysSo()
    {
        var html = "<p>" + string.Join(' ', Enumerable.Repeat("Een lange tekst over de schoolreis.", 200)) + "</p>";

        var task = await TaskAsync(ComposeExtensionActivities.FetchTask(Connector.ServiceUrl, html));

        var card = (JObject)task["value"]!["card"]!["content"]!;
        Assert.Contains(card["body"]!, e => ((string?)e["text"])?.Contains("te lang om te controleren", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SubmitAction_RequestApproval_IsAnsweredInTheDialog()
    {
        var data = Form("Emma uit groep 6 heeft dyscalculie.");
        data["verb"] = DraftCheckVerbs.RequestApproval;
        data[DraftCheckVerbs.VerdictKey] = "not-allowed";

        var task = await TaskAsync(ComposeExtensionActivities.SubmitAction(Connector.ServiceUrl, data));

        Assert.Contains((string?)task["type"], new[] { "message", "continue" });
        Assert.NotNull(task["value"]);
    }

    private static JObject Form(string draft) => new()
    {
        ["verb"] = DraftCheckVerbs.Check,
        [DraftCheckVerbs.DraftKey] = draft,
        [DraftCheckVerbs.PlatformKey] = "facebook",
        [DraftCheckVerbs.PhotosKey] = "false",
        [DraftCheckVerbs.AccountKey] = "personal",
        [DraftCheckVerbs.RoleKey] = "teacher",
    };

    private static JToken Input(JObject card, string id) => card.SelectTokens("$..body[*]").Single(e => (string?)e["id"] == id);

    /// <summary>Dialogs run Action.Submit; an Action.Execute there would do nothing.</summary>
    private static void AssertOnlySubmitActions(JObject card)
    {
        Assert.NotEmpty(card["actions"]!);
        Assert.All(card["actions"]!, a => Assert.Equal("Action.Submit", (string?)a["type"]));
        Assert.DoesNotContain("Action.Execute", card.ToString(), StringComparison.Ordinal);
    }

    private async Task<JObject> TaskAsync(JObject activity)
    {
        var response = await Bot.PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return (JObject)JObject.Parse(body)["task"]!;
    }
}
