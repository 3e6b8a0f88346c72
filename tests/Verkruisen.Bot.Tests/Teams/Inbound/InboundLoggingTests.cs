using System.Net;
using Verkruisen.Bot.Tests.MessagingExtension;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams.Inbound;

/// <summary>
/// The ids of an inbound activity are the sender's text until proven otherwise (issue 17's fuzz seed 5): an activity id
/// or a command id that is not id-shaped reaches no log line, neither the bot's nor the SDK's.
/// </summary>
public sealed class InboundLoggingTests
{
    private const string Marker = "QZXVLOGMARK";

    [Fact]
    public async Task Post_IdsHoldingText_NoLogLineCarriesThem()
    {
        var logs = new CapturedLogs();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotFactory.CreateAsync(services: logs.AddTo);
        var message = Activities.Message(connector.ServiceUrl, "hallo", userAadId: "aaaaaaaa-bbbb-cccc-dddd-0000000000b1");
        message["id"] = "<script>" + Marker + "</script>";
        var added = Activities.BotAdded(connector.ServiceUrl, userAadId: "aaaaaaaa-bbbb-cccc-dddd-0000000000b2");
        added["id"] = "Juf,Anna," + Marker;
        var query = ComposeExtensionActivities.Query(connector.ServiceUrl, "instagram", commandId: "zoek " + Marker);

        foreach (var activity in new[] { message, added, query })
        {
            using var response = await bot.PostActivityAsync(activity);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{activity["type"]}: {response.StatusCode}");
        }

        await connector.WaitForDeliveredAsync(2);
        Assert.Contains(logs.Lines, l => l.Text.Contains("(malformed id)", StringComparison.Ordinal)); // the lines were written
        var leaks = logs.Lines.Where(l => l.Text.Contains(Marker, StringComparison.Ordinal)).Select(l => l.Category + ": " + l.Text).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }
}
