using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

public sealed class TurnErrorTests
{
    [Theory]
    [InlineData("nl-NL", "er ging iets mis")]
    [InlineData("en-GB", "something went wrong")]
    public async Task Post_WhenTheTurnThrows_UserIsToldInTheirLanguage(string locale, string expected)
    {
        await using var connector = await FakeConnector.StartAsync();
        var failing = new Mock<IBot>();
        failing.Setup(b => b.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));
        await using var bot = await BotFactory.CreateAsync(services: s => s.AddTransient(_ => failing.Object));

        var response = await bot.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hallo", locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await connector.WaitForDeliveredAsync(1));
        Assert.Contains(expected, (string?)reply.Body?["text"], StringComparison.Ordinal);
    }
}
