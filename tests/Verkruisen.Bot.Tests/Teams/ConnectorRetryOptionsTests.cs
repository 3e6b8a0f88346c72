using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>Teams:ConnectorRetry is validated at start like every other option: a bad value names the setting.</summary>
public sealed class ConnectorRetryOptionsTests
{
    [Theory]
    [InlineData("Teams:ConnectorRetry:MaxRetryAttempts", "-1")]
    [InlineData("Teams:ConnectorRetry:MaxRetryAttempts", "50")]
    [InlineData("Teams:ConnectorRetry:Delay", "00:00:00")]
    [InlineData("Teams:ConnectorRetry:AttemptTimeout", "01:00:00")]
    public async Task Start_BadConnectorRetrySetting_FailsNamingTheSetting(string setting, string value)
    {
        await using var bot = await BotFactory.CreateAsync(new Dictionary<string, string?> { [setting] = value }, waitForTables: false);

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains(setting, error.ToString(), StringComparison.Ordinal);
    }
}
