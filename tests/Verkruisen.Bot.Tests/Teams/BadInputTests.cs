using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>Bad input gets a 4xx with a reason, never a 500, and the service keeps serving.</summary>
public sealed class BadInputTests : PipelineTest
{
    public static TheoryData<string, string, HttpStatusCode, string> Cases() => new()
    {
        { "malformed JSON", "{\"type\": \"message\", \"text\": ", HttpStatusCode.BadRequest, "not a valid JSON activity" },
        { "not an object", "[1, 2, 3]", HttpStatusCode.BadRequest, "not a valid JSON activity" },
        { "no type", "{\"text\": \"hallo\"}", HttpStatusCode.BadRequest, "no type" },
        { "a name twice", "{\"type\": \"message\", \"type\": \"invoke\", \"text\": \"hallo\"}", HttpStatusCode.BadRequest, "not a valid JSON activity" },
        { "a nested name twice", "{\"type\": \"message\", \"from\": {\"id\": \"29:u\", \"\\u0069d\": 7}}", HttpStatusCode.BadRequest, "not a valid JSON activity" },
        { "empty body", "", HttpStatusCode.BadRequest, "no type" },
        { "oversized body", "{\"type\":\"message\",\"text\":\"" + new string('a', 300 * 1024) + "\"}", HttpStatusCode.RequestEntityTooLarge, "larger than" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadBody_Answers4xxWithReasonAndKeepsServing(string name, string body, HttpStatusCode expected, string reason)
    {
        using var client = Bot.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.True(expected == response.StatusCode, name);
        var problem = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(Connector.Requests);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Post_HugeTextWithinBodyLimit_Answers413WithReason()
    {
        var activity = Activities.Message(Connector.ServiceUrl, new string('x', 30_000));

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("longer than 28000 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Post_UnknownInvoke_Answers400WithCode()
    {
        var activity = Activities.Base("invoke", Connector.ServiceUrl, Activities.Tenant, Guid.NewGuid().ToString());
        activity["name"] = "nobody/handlesThis";

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnknownInvoke", (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["code"]);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Post_CardActionWithoutValue_Answers400NotA500()
    {
        var activity = Activities.CardAction(Connector.ServiceUrl, "help.examples");
        activity.Remove("value");

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertStillServesAsync();
    }

    [Fact]
    public async Task Get_Messages_Answers405()
    {
        using var client = Bot.CreateClient();

        var response = await client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task AssertStillServesAsync()
    {
        var before = Connector.Delivered.Count;
        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Connector.WaitForDeliveredAsync(before + 1);
    }
}
