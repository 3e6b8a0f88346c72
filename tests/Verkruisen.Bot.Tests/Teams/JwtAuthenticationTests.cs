using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Azure.Data.Tables;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>Inbound authentication through the real binary: only a valid channel token of an allowed tenant runs a turn.</summary>
public sealed class JwtAuthenticationTests(JwtAuthenticationFixture fixture) : IClassFixture<JwtAuthenticationFixture>
{
    public enum Forgery
    {
        WrongAudience,
        WrongIssuer,
        Expired,
        BadSignature,
        KeyWithoutMsteamsEndorsement,
        ServiceUrlClaimMismatch,
        NoToken,
        NotAJwt,
        WrongScheme,
    }

    [Fact]
    public async Task Post_ValidChannelToken_RunsTheTurn()
    {
        var user = Guid.NewGuid().ToString();
        var token = ChannelTokens.Create(fixture.Authority.OpenId.TeamsKey, FakeOpenIdServer.TeamsKeyId, FakeChannelAuthority.AppId, fixture.Authority.ServiceUrl);

        var (status, body) = await PostAsync(Invoke(user), "Bearer " + token);

        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}\n{fixture.Bot.Output}");
        Assert.Contains("Mooie workshop gegeven", body, StringComparison.Ordinal);
        Assert.True(await ReferenceStoredAsync(user));
    }

    [Theory]
    [InlineData(Forgery.WrongAudience)]
    [InlineData(Forgery.WrongIssuer)]
    [InlineData(Forgery.Expired)]
    [InlineData(Forgery.BadSignature)]
    [InlineData(Forgery.KeyWithoutMsteamsEndorsement)]
    [InlineData(Forgery.ServiceUrlClaimMismatch)]
    [InlineData(Forgery.NoToken)]
    [InlineData(Forgery.NotAJwt)]
    [InlineData(Forgery.WrongScheme)]
    public async Task Post_RejectedToken_Answers401AndRunsNoTurn(Forgery forgery)
    {
        var user = Guid.NewGuid().ToString();

        var (status, body) = await PostAsync(Invoke(user), Header(forgery));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain("Mooie workshop gegeven", body, StringComparison.Ordinal);
        Assert.False(await ReferenceStoredAsync(user));
    }

    [Fact]
    public async Task Post_ValidTokenForeignTenant_Answers403AndRunsNoTurn()
    {
        var user = Guid.NewGuid().ToString();
        var token = ChannelTokens.Create(fixture.Authority.OpenId.TeamsKey, FakeOpenIdServer.TeamsKeyId, FakeChannelAuthority.AppId, fixture.Authority.ServiceUrl);

        var (status, body) = await PostAsync(Invoke(user, tenant: "99999999-8888-7777-6666-555555555555"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("TenantNotAllowed", body, StringComparison.Ordinal);
        Assert.False(await ReferenceStoredAsync(user, "99999999-8888-7777-6666-555555555555"));
    }

    [Fact]
    public async Task Post_OpenIdMetadataUnreachable_Answers503ThatTheLogExplains()
    {
        using var closed = new ClosedPort();
        var deadPort = closed.Port;
        await using var bot = BotProcess.Start(fixture.Authority.ProductionSettings($"https://127.0.0.1:{deadPort}/v1/.well-known/openidconfiguration"));
        await bot.WaitUntilListeningAsync();
        var user = Guid.NewGuid().ToString();
        var token = ChannelTokens.Create(fixture.Authority.OpenId.TeamsKey, FakeOpenIdServer.TeamsKeyId, FakeChannelAuthority.AppId, fixture.Authority.ServiceUrl);

        var (status, _) = await PostAsync(Invoke(user), "Bearer " + token, bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.False(await ReferenceStoredAsync(user));
        await bot.WaitForOutputAsync("OpenID metadata"); // the log line, read from the bot's output as it arrives
    }

    [Fact]
    public async Task Start_ProductionWithoutCredentials_RefusesAndNamesTheSetting()
    {
        var settings = fixture.Authority.ProductionSettings(fixture.Authority.OpenId.MetadataUrl);
        settings["MicrosoftAppId"] = "";
        settings["MicrosoftAppType"] = "";
        settings["MicrosoftAppPassword"] = "";
        settings["Teams__AllowAnonymous"] = "true";
        await using var bot = BotProcess.Start(settings);

        Assert.True(await bot.WaitForExitAsync(TimeSpan.FromMinutes(3)), "The bot kept running without credentials.");
        Assert.NotEqual(0, bot.ExitCode);
        Assert.Contains("MicrosoftAppId is not set", bot.Output, StringComparison.Ordinal);
    }

    private string Header(Forgery forgery)
    {
        var openId = fixture.Authority.OpenId;
        const string appId = FakeChannelAuthority.AppId;
        var url = fixture.Authority.ServiceUrl;
        using var stranger = System.Security.Cryptography.RSA.Create(2048);
        return forgery switch
        {
            Forgery.WrongAudience => "Bearer " + ChannelTokens.Create(openId.TeamsKey, FakeOpenIdServer.TeamsKeyId, "another-bot", url),
            Forgery.WrongIssuer => "Bearer " + ChannelTokens.Create(openId.TeamsKey, FakeOpenIdServer.TeamsKeyId, appId, url, issuer: "https://evil.example"),
            Forgery.Expired => "Bearer " + ChannelTokens.Create(openId.TeamsKey, FakeOpenIdServer.TeamsKeyId, appId, url, expires: DateTime.UtcNow.AddHours(-1)),
            Forgery.BadSignature => "Bearer " + ChannelTokens.Create(stranger, FakeOpenIdServer.TeamsKeyId, appId, url),
            Forgery.KeyWithoutMsteamsEndorsement => "Bearer " + ChannelTokens.Create(openId.WebchatKey, FakeOpenIdServer.WebchatKeyId, appId, url),
            Forgery.ServiceUrlClaimMismatch => "Bearer " + ChannelTokens.Create(openId.TeamsKey, FakeOpenIdServer.TeamsKeyId, appId, "https://evil.example/"),
            Forgery.NoToken => "",
            Forgery.NotAJwt => "Bearer not.a.jwt",
            Forgery.WrongScheme => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password")),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
    }

    private JObject Invoke(string user, string tenant = FakeChannelAuthority.Tenant) =>
        // A button answered in the invoke response itself (the check replaces its form): no Connector call needed.
        Activities.CardAction(fixture.Authority.ServiceUrl, "draftcheck.check", new JObject { ["draft"] = "Mooie workshop gegeven over rekendidactiek." }, tenant: tenant, userAadId: user);

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(JObject activity, string authorization, BotProcess? bot = null)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, (bot ?? fixture.Bot).BaseUrl + "/api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<bool> ReferenceStoredAsync(string user, string tenant = FakeChannelAuthority.Tenant)
    {
        var table = new TableServiceClient(fixture.Authority.StorageConnectionString).GetTableClient(fixture.Authority.TablePrefix + Tables.ConversationReferences);
        await table.CreateIfNotExistsAsync();
        return (await table.GetEntityIfExistsAsync<TableEntity>(tenant, user)).HasValue;
    }
}
