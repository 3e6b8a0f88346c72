using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.Teams;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>The Connector's HttpClient, as the app composes it: a bot token goes only to a trusted serviceUrl.</summary>
public sealed class OutboundGuardTests : PipelineTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _ = Bot.Server;
    }

    [Fact]
    public async Task Send_TokenToUntrustedServiceUrl_IsStoppedBeforeLeaving()
    {
        using var client = Bot.Services.GetRequiredService<IHttpClientFactory>().CreateClient(TeamsServiceCollectionExtensions.ConnectorClientName);
        using var request = Request();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendAsync(request));

        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task Send_TokenToServiceUrlOfValidatedActivity_GoesThrough()
    {
        Bot.Services.GetRequiredService<ServiceUrlTrust>().AddValidated(Connector.ServiceUrl);
        using var client = Bot.Services.GetRequiredService<IHttpClientFactory>().CreateClient(TeamsServiceCollectionExtensions.ConnectorClientName);
        using var request = Request();

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("Bearer secret-token", Assert.Single(Connector.Requests).Authorization);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/11111111-2222-3333-4444-555555555555/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/", false)]
    [InlineData("https://evil.example/v3/conversations", false)]
    public void IsTrusted_ConfiguredHosts_AreComparedWholeAndHttpsOnly(string url, bool expected)
    {
        var trust = Bot.Services.GetRequiredService<ServiceUrlTrust>();

        Assert.Equal(expected, trust.IsTrusted(new Uri(url)));
    }

    private HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Connector.ServiceUrl + "v3/conversations/a:1/activities")
        {
            Content = new StringContent("{\"type\":\"message\"}"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "secret-token");
        return request;
    }
}
