using System.Net;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>Storage down for a moment: a teacher still gets the welcome, the answer and the verdict.</summary>
public sealed class StorageDownTests
{
    [Theory]
    [InlineData("hallo", "Welkom bij de Verkruisen Bot")]
    [InlineData("Mag ik foto's van mijn klas op Instagram zetten?", "Regel 10")]
    [InlineData("controleer: Emma uit groep 6 heeft dyscalculie.", "Niet plaatsen")]
    public async Task Post_WhenStorageIsUnreachable_StillAnswers(string text, string expected)
    {
        await using var connector = await FakeConnector.StartAsync();
        using var closed = new ClosedPort();
        var deadPort = closed.Port;
        await using var bot = await BotFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteProcess.AccountKey};TableEndpoint=http://127.0.0.1:{deadPort}/devstoreaccount1;",
        }, waitForTables: false);

        var response = await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await connector.WaitForDeliveredAsync(1));
        Assert.Contains(expected, reply.Card?.ToString() ?? reply.AllText, StringComparison.Ordinal);
    }
}
