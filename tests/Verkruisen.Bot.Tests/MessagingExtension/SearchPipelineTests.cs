using System.Net;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.MessagingExtension;

/// <summary>composeExtension/query and composeExtension/selectItem through the bot's real pipeline, as JSON on the wire.</summary>
public sealed class SearchPipelineTests : PipelineTest
{
    private const string Thumbnail = "application/vnd.microsoft.card.thumbnail";
    private const string Adaptive = "application/vnd.microsoft.card.adaptive";
    private static readonly Protocol Protocol = Protocol.Load();

    [Theory]
    [InlineData(null, true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public async Task Query_EmptyOrInitialRun_ListsEverySectionInProtocolOrder(string? text, bool initialRun)
    {
        var result = await ComposeExtensionAsync(ComposeExtensionActivities.Query(Connector.ServiceUrl, text, initialRun: initialRun));

        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var ids = result["attachments"]!.Select(a => (string?)a["preview"]!["content"]!["tap"]!["value"]!["sectionId"]).ToList();
        Assert.Equal(Protocol.Sections.Select(s => s.Id), ids);
    }

    [Fact]
    public async Task Query_Words_AnswersCompactJsonWithItsLength()
    {
        var response = await Bot.PostActivityAsync(ComposeExtensionActivities.Query(Connector.ServiceUrl, "foto"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(body), response.Content.Headers.ContentLength);
        Assert.DoesNotContain('\n', body);
        Assert.Equal("result", (string?)JObject.Parse(body)["composeExtension"]!["type"]);
    }

    [Theory]
    [InlineData("foto's van leerlingen", "nl-NL", "Regel 10: Foto's: schriftelijke toestemming van ouders")]
    [InlineData("photos of pupils", "en-US", "Rule 10: Photos: written consent from parents")]
    [InlineData("groepsapp met ouders", "nl-NL", "Regel 12: Communicatie met ouders; groepsapps")]
    [InlineData("regel 4", "nl-NL", "Regel 4: Geen discussie; negatieve berichten en aangifte")]
    [InlineData("8", null, "Regel 8: Bij twijfel: vraag je leidinggevende")]
    public async Task Query_Words_ListsTheMatchingRuleFirstWithThumbnailPreviews(string text, string? locale, string expectedFirst)
    {
        var result = await ComposeExtensionAsync(ComposeExtensionActivities.Query(Connector.ServiceUrl, text, locale));

        Assert.Equal("result", (string?)result["type"]);
        var attachments = result["attachments"]!.ToList();
        Assert.NotEmpty(attachments);
        Assert.All(attachments, a =>
        {
            Assert.Equal(Adaptive, (string?)a["contentType"]);
            Assert.Equal("1.5", (string?)a["content"]!["version"]);
            Assert.Equal(Thumbnail, (string?)a["preview"]!["contentType"]);
            Assert.Equal("invoke", (string?)a["preview"]!["content"]!["tap"]!["type"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)a["preview"]!["content"]!["text"]));
        });
        Assert.Equal(expectedFirst, (string?)attachments[0]["preview"]!["content"]!["title"]);
    }

    [Theory]
    [InlineData("fot")]
    [InlineData("fotogr")]
    [InlineData("leerlingen fot")]
    public async Task Query_UnfinishedLastWord_AlreadyFindsThePhotoRules(string text)
    {
        var result = await ComposeExtensionAsync(ComposeExtensionActivities.Query(Connector.ServiceUrl, text));

        var top = result["attachments"]!.Take(2).Select(a => (string?)a["preview"]!["content"]!["tap"]!["value"]!["sectionId"]);
        Assert.Equal(["10", "11"], top.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Query_NothingMatches_AnswersAMessageInsteadOfAnEmptyList()
    {
        var result = await ComposeExtensionAsync(ComposeExtensionActivities.Query(Connector.ServiceUrl, "xyzzy qwrtp"));

        Assert.Equal("message", (string?)result["type"]);
        Assert.Contains("Geen regel gevonden", (string?)result["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", "nl-NL", "Regel 10", false)]
    [InlineData("10", "en-US", "Rule 10", true)]
    [InlineData("scope", "nl-NL", "Wat is social media", false)]
    public async Task SelectItem_ASection_InsertsItsRuleCardWithTheDutchTextVerbatim(string sectionId, string locale, string heading, bool english)
    {
        var section = Protocol.Find(sectionId)!;

        var result = await ComposeExtensionAsync(ComposeExtensionActivities.SelectItem(Connector.ServiceUrl, new JObject { ["sectionId"] = sectionId }, locale));

        Assert.Equal("result", (string?)result["type"]);
        Assert.Equal("list", (string?)result["attachmentLayout"]);
        var attachment = Assert.Single(result["attachments"]!);
        Assert.Equal(Adaptive, (string?)attachment["contentType"]);
        Assert.Equal(Thumbnail, (string?)attachment["preview"]!["contentType"]);
        var texts = attachment["content"]!["body"]!.SelectTokens("$..text").Select(t => (string?)t).ToList();
        Assert.StartsWith(heading, texts[0], StringComparison.Ordinal);
        Assert.Contains(Verkruisen.Bot.Cards.CardText.Escape(section.Original.Nl), texts);
        Assert.Contains(Verkruisen.Bot.Cards.CardText.Escape(section.Answer.In(english ? Localization.Language.En : Localization.Language.Nl)), texts);
        Assert.Equal(english, texts.Contains(Verkruisen.Bot.Cards.CardText.Escape(section.Original.En)));
        Assert.Null(attachment["content"]!["actions"]);
    }

    [Fact]
    public async Task SelectItem_UnknownSection_Answers400NotA500()
    {
        var response = await Bot.PostActivityAsync(ComposeExtensionActivities.SelectItem(Connector.ServiceUrl, new JObject { ["sectionId"] = "99" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnknownRule", (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["code"]);
    }

    [Fact]
    public async Task Query_UnknownCommand_Answers400WithACode()
    {
        var response = await Bot.PostActivityAsync(ComposeExtensionActivities.Query(Connector.ServiceUrl, "foto", commandId: "searchSomethingElse"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("UnknownCommand", (string?)body["code"]);
        Assert.Contains("opdracht", (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_RuleCardInsertedIntoTheBotsChat_IsNoQuestionAndGetsNoAnswer()
    {
        var message = Activities.Message(Connector.ServiceUrl, "\n<span class=\"inline-compose-card\" itemid=\"0\" itemtype=\"http://schema.skype.com/InputExtension\">\n  <span content=\"0\" itemprop=\"cardId\"></span>\n</span>\n");
        message["attachments"] = new JArray(new JObject { ["contentType"] = Adaptive, ["content"] = new JObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" } });

        var response = await Bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await RequestsBeforeMarkerAsync());
    }

    private async Task<JObject> ComposeExtensionAsync(JObject activity)
    {
        var response = await Bot.PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return (JObject)JObject.Parse(body)["composeExtension"]!;
    }
}
