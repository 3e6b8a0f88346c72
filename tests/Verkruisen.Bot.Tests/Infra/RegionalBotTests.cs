using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Tests.Teams;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Infra;

/// <summary>
/// EU data residency: one parameter of infra/main.bicep (botLocation, westeurope by default) places the Azure Bot
/// and gives the web app the matching Bot Framework endpoints; the built bot, started in Production with exactly
/// those settings (only the OpenID metadata URL pointed at the fake, as the JWT tests do), runs a turn and uses
/// the EU token service.
/// </summary>
public sealed class RegionalBotTests(CompiledTemplate compiled, FakeChannelAuthority jwt)
    : IClassFixture<CompiledTemplate>, IClassFixture<FakeChannelAuthority>
{
    private const string EuTokenService = "https://europe.token.botframework.com";

    /// <summary>environment().authentication.loginEndpoint in Azure's public cloud.</summary>
    private const string PublicCloudLogin = "https://login.microsoftonline.com/";

    [Fact]
    public void BotLocation_Default_IsWestEuropeForTheBotAndItsTeamsChannel()
    {
        var parameter = compiled.Parameters["botLocation"];
        var bot = compiled.One("Microsoft.BotService/botServices");
        var channel = compiled.One("Microsoft.BotService/botServices/channels");

        Assert.Equal("westeurope", (string?)parameter?["defaultValue"]);
        Assert.Equal("[parameters('botLocation')]", (string?)bot["location"]);
        Assert.Equal("[parameters('botLocation')]", (string?)channel["location"]);
    }

    [Fact]
    public void AppSettings_BotLocation_SelectsItsEndpointSetAfterExtraSettings()
    {
        var settings = AppSettingsExpression();

        var endpoints = settings.IndexOf("variables('botFrameworkEndpoints')[parameters('botLocation')]", StringComparison.Ordinal);
        Assert.True(endpoints > settings.IndexOf("parameters('extraAppSettings')", StringComparison.Ordinal), settings);
        Assert.Contains("variables('botFrameworkLogin')", settings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("westeurope", EuTokenService)]
    [InlineData("global", "https://token.botframework.com")]
    public void EndpointSet_EachAllowedBotLocation_HasItsTokenServiceAndTheSharedEndpoints(string location, string oAuthUrl)
    {
        var set = EndpointSet(location);

        Assert.Contains(location, compiled.Parameters["botLocation"]!["allowedValues"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(oAuthUrl, set["OAuthUrl"]);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", set["ToBotFromChannelOpenIdMetadataUrl"]);
        Assert.Equal("https://api.botframework.com", set["ToBotFromChannelTokenIssuer"]);
        Assert.Equal("https://api.botframework.com", set["ToChannelFromBotOAuthScope"]);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", set["ToChannelFromBotLoginUrl"]);
    }

    [Fact]
    public async Task Post_ProductionWithTheTemplatesWestEuropeSettings_RunsTheTurnWithTheEuTokenService()
    {
        var settings = jwt.ProductionSettings(jwt.OpenId.MetadataUrl);
        foreach (var (name, value) in EndpointSet("westeurope"))
        {
            settings[name] = value;
        }

        settings["ToBotFromChannelOpenIdMetadataUrl"] = jwt.OpenId.MetadataUrl;
        await using var bot = BotProcess.Start(settings);
        await bot.WaitUntilListeningAsync();
        var token = ChannelTokens.Create(jwt.OpenId.TeamsKey, FakeOpenIdServer.TeamsKeyId, FakeChannelAuthority.AppId, jwt.ServiceUrl);

        var (status, body) = await PostAsync(bot, "Bearer " + token);

        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}\n{bot.Output}");
        Assert.Contains("Mooie workshop gegeven", body, StringComparison.Ordinal);
        Assert.Contains("token service " + EuTokenService, bot.Output, StringComparison.Ordinal);
        Assert.Contains("issuer https://api.botframework.com", bot.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OAuthUrl")]
    [InlineData("ToBotFromChannelTokenIssuer")]
    [InlineData("ToChannelFromBotOAuthScope")]
    public async Task Start_OneEndpointOfTheSetMissing_FailsNamingIt(string missing)
    {
        var settings = jwt.ProductionSettings(jwt.OpenId.MetadataUrl);
        settings.Remove(missing);

        var report = await StartupReport.OfAsync(settings);

        Assert.Contains(missing + " is not set", report, StringComparison.Ordinal);
    }

    /// <summary>The app settings the template gives the web app for a botLocation, in the public cloud.</summary>
    private Dictionary<string, string> EndpointSet(string location)
    {
        var variables = compiled.Template["variables"]!;
        var set = variables["botFrameworkEndpoints"]![location]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
        foreach (var (name, value) in variables["botFrameworkLogin"]!.AsObject())
        {
            var expression = (string)value!;
            const string prefix = "[format('{0}";
            const string suffix = "', environment().authentication.loginEndpoint)]";
            Assert.True(expression.StartsWith(prefix, StringComparison.Ordinal) && expression.EndsWith(suffix, StringComparison.Ordinal), expression);
            set[name] = PublicCloudLogin + expression[prefix.Length..^suffix.Length];
        }

        return set;
    }

    private string AppSettingsExpression()
    {
        var config = compiled.Resources("Microsoft.Web/sites/config")
            .Single(c => ((string?)c["name"])?.Contains("'appsettings'", StringComparison.Ordinal) == true);
        return config["properties"] is JsonValue expression ? expression.GetValue<string>() : config["properties"]!.ToJsonString();
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(BotProcess bot, string authorization)
    {
        // A button answered in the invoke response itself (the check replaces its form): no Connector call needed.
        var activity = Activities.CardAction(
            jwt.ServiceUrl, "draftcheck.check", new JObject { ["draft"] = "Mooie workshop gegeven over rekendidactiek." },
            tenant: FakeChannelAuthority.Tenant, userAadId: Guid.NewGuid().ToString());
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.BaseUrl + "/api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
