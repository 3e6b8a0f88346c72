using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Teams;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>/api/messages through the real ASP.NET Core pipeline, a fake Connector on loopback and Azurite.</summary>
public sealed class MessagesPipelineTests : PipelineTest
{
    [Theory]
    [InlineData("hallo", "nl-NL", "Welkom bij de Verkruisen Bot")]
    [InlineData("help", null, "Welkom bij de Verkruisen Bot")]
    [InlineData("Hulp!", "nl-NL", "Welkom bij de Verkruisen Bot")]
    [InlineData("hello", "en-US", "Welcome to the Verkruisen Bot")]
    public async Task Post_Greeting_RepliesWithWelcomeCardInTheUsersLanguage(string text, string? locale, string expectedTitle)
    {
        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, text, locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Connector.WaitForDeliveredAsync(1));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply.Body?["attachments"]?[0]?["contentType"]);
        Assert.Equal("1.5", (string?)reply.Card?["version"]);
        Assert.Contains(expectedTitle, reply.Card!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BotAddedToPersonalChat_WelcomesAndStoresConversationReference()
    {
        var userId = Guid.NewGuid().ToString();

        var response = await Bot.PostActivityAsync(Activities.BotAdded(Connector.ServiceUrl, userAadId: userId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(await Connector.WaitForDeliveredAsync(1));
        Assert.Contains("Welkom", welcome.Card!.ToString(), StringComparison.Ordinal);
        var stored = await ReferencesTable().GetEntityAsync<TableEntity>(Activities.Tenant, userId);
        Assert.Equal(Connector.ServiceUrl, stored.Value.GetString("ServiceUrl"));
        Assert.Equal("a:1personal-" + userId, stored.Value.GetString("ConversationId"));
    }

    [Fact]
    public async Task Post_BotRemoved_ForgetsTheConversationReference()
    {
        var userId = Guid.NewGuid().ToString();
        await Bot.PostActivityAsync(Activities.BotAdded(Connector.ServiceUrl, userAadId: userId));
        Assert.True((await ReferencesTable().GetEntityIfExistsAsync<TableEntity>(Activities.Tenant, userId)).HasValue);
        var removed = Activities.Base("installationUpdate", Connector.ServiceUrl, Activities.Tenant, userId);
        removed["action"] = "remove";

        var response = await Bot.PostActivityAsync(removed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ReferencesTable().GetEntityIfExistsAsync<TableEntity>(Activities.Tenant, userId)).HasValue);
    }

    [Theory]
    [InlineData("99999999-0000-0000-0000-000000000000")]
    [InlineData("")]
    public async Task Post_ForeignOrMissingTenant_Returns403AndRunsNoTurn(string tenant)
    {
        var userId = Guid.NewGuid().ToString();
        var activity = Activities.Message(Connector.ServiceUrl, "hallo", tenant: tenant, userAadId: userId);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("TenantNotAllowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await RequestsBeforeMarkerAsync());
        var stored = await ReferencesTable().GetEntityIfExistsAsync<TableEntity>(tenant.Length == 0 ? "none" : tenant, userId);
        Assert.False(stored.HasValue);
    }

    [Theory]
    [InlineData("help.examples", "Voorbeeldvragen")]
    [InlineData("guidelines.protocol", "Social-media-protocol")]
    [InlineData("draftcheck.form", "Controleer je bericht")]
    public async Task Invoke_ButtonThatShowsMore_SendsANewMessageAndLeavesTheCard(string verb, string expected)
    {
        var response = await Bot.PostActivityAsync(Activities.CardAction(Connector.ServiceUrl, verb));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]); // the clicked card is not replaced
        var sent = Assert.Single(await Connector.WaitForDeliveredAsync(1));
        Assert.Equal("POST", sent.Method);
        Assert.Contains(expected, sent.Card!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Invoke_ButtonOnADutchCardInAnEnglishClient_IsAnsweredInDutch(bool submitFallback)
    {
        // A Dutch question from a client running in English: the answer card is Dutch, so are its buttons.
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "Mag ik foto's van mijn klas op Instagram zetten?", "en-US"));
        var answer = Assert.Single(await Connector.WaitForDeliveredAsync(1)).Card!;
        var button = (JObject)answer["actions"]!.Single(a => (string?)a["verb"] == "guidelines.protocol");
        Assert.Equal(("nl", "Toon het hele protocol", "nl"), ((string?)answer["lang"], (string?)button["title"], (string?)button["data"]!["lang"]));

        // The click carries the client's locale (en-US), and the data the card gave the button.
        var click = submitFallback
            ? SubmitFallback((JObject)button["fallback"]!["data"]!)
            : Activities.CardAction(Connector.ServiceUrl, "guidelines.protocol", (JObject)button["data"]!, locale: "en-US");
        var response = await Bot.PostActivityAsync(click);

        var protocol = (await Connector.WaitForDeliveredAsync(2))[1].Card!;
        Assert.Contains("Social-media-protocol obs BM Verkruisen", protocol.ToString(), StringComparison.Ordinal);
        Assert.Equal("Ik twijfel nog: vraag mijn leidinggevende", (string?)protocol["actions"]![0]!["title"]);
        Assert.Equal("nl", (string?)protocol["lang"]);
        if (!submitFallback)
        {
            Assert.Equal("Zie hieronder.", (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["value"]); // the notice on the clicked card
        }
    }

    [Fact]
    public async Task Invoke_ButtonWithoutALanguage_FollowsTheClientsLocale()
    {
        await Bot.PostActivityAsync(Activities.CardAction(Connector.ServiceUrl, "guidelines.protocol", locale: "en-US"));

        Assert.Contains("Social media protocol obs BM Verkruisen", Assert.Single(await Connector.WaitForDeliveredAsync(1)).Card!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownVerb_AnswersErrorInsideA200()
    {
        var response = await Bot.PostActivityAsync(Activities.CardAction(Connector.ServiceUrl, "no.such.verb"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
    }

    [Fact]
    public async Task Post_WhenConnectorAnswers429Then503_ReplyIsDeliveredExactlyOnce()
    {
        Connector.Script((HttpStatusCode.TooManyRequests, "1"), (HttpStatusCode.ServiceUnavailable, null));

        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The reply and its retries are sent inside the turn: with the response complete, every attempt is recorded.
        Assert.Equal(
            [HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK],
            Connector.Requests.Select(r => r.Status).ToArray());
        Assert.Single(Connector.Delivered);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Post_WhenConnectorFailsOnceWithARetryableStatus_ReplyIsDeliveredOnce(HttpStatusCode failure)
    {
        Connector.Script((failure, null));

        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([failure, HttpStatusCode.OK], Connector.Requests.Select(r => r.Status).ToArray());
    }

    [Fact]
    public async Task Post_WhenConnectorRefusesWith400_DoesNotRetry()
    {
        Connector.Script((HttpStatusCode.BadRequest, null));

        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo"));

        var requests = await RequestsBeforeMarkerAsync();
        Assert.Equal(HttpStatusCode.BadRequest, requests[0].Status);
        Assert.DoesNotContain(requests.Skip(1), r => r.Path == requests[0].Path && r.Body?["attachments"] is not null);
    }

    [Fact]
    public async Task Healthz_WithAzurite_ReportsStorageHealthy()
    {
        using var client = Bot.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("storage").GetString());
    }

    private TableClient ReferencesTable() =>
        new TableServiceClient(AzuriteProcess.Shared.Result.ConnectionString).GetTableClient(Bot.TablePrefix + Tables.ConversationReferences);

    /// <summary>What a client without Universal Actions sends for the Action.Submit fallback: a message with the data as value, in English.</summary>
    private JObject SubmitFallback(JObject data)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "", "en-US");
        activity["text"] = null;
        activity["value"] = data;
        return activity;
    }
}
