using System.Net;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_WhenStorageIsDown_Answers503AndNamesStorage()
    {
        using var closed = new ClosedPort();
        var deadPort = closed.Port;
        await using var bot = await BotFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteProcess.AccountKey};TableEndpoint=http://127.0.0.1:{deadPort}/devstoreaccount1;",
        }, waitForTables: false);
        using var client = bot.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"storage\":\"Unhealthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
