using System.Net;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Tests.MessagingExtension;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams.Inbound;

/// <summary>
/// The faults an adversarial run found (issue 17): each malformed field gets 400 problem+json naming the field, or is
/// read defensively and the turn succeeds. Never a 5xx, never a failed turn ("er ging iets mis").
/// </summary>
public sealed class InboundValidationTests : PipelineTest
{
    public static TheoryData<string, string> Refused() => new()
    {
        { "serviceUrl null", "InvalidActivity" },
        { "serviceUrl empty", "InvalidActivity" },
        { "serviceUrl relative", "InvalidActivity" },
        { "serviceUrl broken host", "InvalidServiceUrl" },
        { "channelData a string", "InvalidActivity" },
        { "channelData an array", "InvalidActivity" },
        { "channelData team a string", "InvalidChannelData" },
        { "conversation id with bidi override", "InvalidActivity" },
        { "aadObjectId with a slash", "InvalidActivity" },
        { "attachments [null]", "InvalidActivity" },
        { "entities [null]", "InvalidActivity" },
        { "submit verb an object", "InvalidActivity" },
        { "query parameters [null]", "InvalidActivity" },
        { "query skip 2^40", "InvalidActivity" },
        { "query value null", "InvalidActivity" },
        { "query commandId an object", "InvalidActivity" },
        { "selectItem sectionId an object", "InvalidActivity" },
        { "fetchTask messagePayload a string", "InvalidActivity" },
        { "fetchTask reactions mistyped", "InvalidInvokeValue" },
        { "fetchTask value a string", "InvalidActivity" },
        { "unknown invoke", "UnknownInvoke" },
        { "card action verb a number", "InvalidActivity" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Post_MalformedField_Answers400ProblemNamingIt(string name, string code)
    {
        var activity = Mutated(name);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, (string?)problem["code"]);
        Assert.False(string.IsNullOrEmpty((string?)problem["detail"]));
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("mention without mentioned")]
    [InlineData("mention without text")]
    public async Task Post_OddMention_IsReadDefensivelyAndAnswered(string name)
    {
        var activity = Mutated(name);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Connector.WaitForDeliveredAsync(1));
        Assert.DoesNotContain("iets mis", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DeeplyNestedHtmlInMessageAction_AnswersWithoutParsingIt()
    {
        // A parse of this costs the HTML5 parser seconds (its scope checks walk the open elements); the pre-scan sends it
        // past the parser. Asserted on the shape, not on a stopwatch: a loaded machine makes any time bound flaky.
        var html = string.Concat(Enumerable.Repeat("<div>", 15_000)) + "Emma heeft dyscalculie" + string.Concat(Enumerable.Repeat("</div>", 1_000));
        Assert.False(Verkruisen.Bot.MessagingExtension.HtmlShape.Of(html).IsParseable);

        var response = await Bot.PostActivityAsync(ComposeExtensionActivities.FetchTask(Connector.ServiceUrl, html));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("dyscalculie", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private JObject Mutated(string name)
    {
        var url = Connector.ServiceUrl;
        var message = Activities.Message(url, "hallo");
        switch (name)
        {
            case "serviceUrl null": message["serviceUrl"] = null; return message;
            case "serviceUrl empty": message["serviceUrl"] = ""; return message;
            case "serviceUrl relative": message["serviceUrl"] = "/v3/conversations"; return message;
            case "serviceUrl broken host": message["serviceUrl"] = "http://[::1"; return message;
            case "channelData a string": message.Remove("conversation"); message["conversation"] = new JObject { ["id"] = "a:1" }; message["channelData"] = "x"; return message;
            case "channelData an array": message["channelData"] = new JArray(1); return message;
            case "channelData team a string": message["channelData"]!["team"] = "x"; return message;
            case "conversation id with bidi override": message["conversation"]!["id"] = "a:1\u202e"; return message;
            case "aadObjectId with a slash": message["from"]!["aadObjectId"] = "a/b"; return message;
            case "attachments [null]": message["attachments"] = new JArray(JValue.CreateNull()); return message;
            case "entities [null]": message["entities"] = new JArray(JValue.CreateNull()); return message;
            case "submit verb an object": message["text"] = null; message["value"] = new JObject { ["verb"] = new JObject() }; return message;
            case "mention without mentioned": message["entities"] = new JArray(new JObject { ["type"] = "mention", ["text"] = "<at>Bot</at>" }); return message;
            case "mention without text": message["entities"] = new JArray(new JObject { ["type"] = "mention", ["mentioned"] = new JObject { ["id"] = Activities.BotId } }); return message;
            case "query parameters [null]": return Query(q => q["parameters"] = new JArray(JValue.CreateNull()));
            case "query skip 2^40": return Query(q => q["queryOptions"]!["skip"] = 1L << 40);
            case "query value null": return ComposeExtensionActivities.Invoke(url, "composeExtension/query", null!);
            case "query commandId an object": return Query(q => q["commandId"] = new JObject());
            case "selectItem sectionId an object": return ComposeExtensionActivities.SelectItem(url, new JObject { ["sectionId"] = new JObject() });
            case "fetchTask messagePayload a string":
                var fetch = ComposeExtensionActivities.FetchTask(url, "<p>x</p>");
                fetch["value"]!["messagePayload"] = "x";
                return fetch;
            case "fetchTask reactions mistyped":
                var reactions = ComposeExtensionActivities.FetchTask(url, "<p>x</p>");
                reactions["value"]!["messagePayload"]!["reactions"] = new JArray(new JObject { ["user"] = "x" });
                return reactions;
            case "fetchTask value a string":
                var text = ComposeExtensionActivities.FetchTask(url, "<p>x</p>");
                text["value"] = "x";
                return text;
            case "unknown invoke":
                var unknown = Activities.Base("invoke", url, Activities.Tenant, Guid.NewGuid().ToString());
                unknown["name"] = "fileConsent/invoke";
                unknown["value"] = "x";
                return unknown;
            case "card action verb a number":
                var action = Activities.CardAction(url, "help.examples");
                action["value"]!["action"]!["verb"] = 7;
                return action;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    private JObject Query(Action<JObject> change)
    {
        var query = ComposeExtensionActivities.Query(Connector.ServiceUrl, "instagram");
        change((JObject)query["value"]!);
        return query;
    }
}
