using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>
/// Teams:ConnectorRetry is validated at start like every other option: with a bad value the bot's start-up report
/// names the setting (<see cref="StartupReport"/>: the report the real binary prints before it exits 1).
/// </summary>
public sealed class ConnectorRetryOptionsTests
{
    [Theory]
    [InlineData("Teams:ConnectorRetry:MaxRetryAttempts", "-1")]
    [InlineData("Teams:ConnectorRetry:MaxRetryAttempts", "50")]
    [InlineData("Teams:ConnectorRetry:Delay", "00:00:00")]
    [InlineData("Teams:ConnectorRetry:AttemptTimeout", "01:00:00")]
    public async Task Start_BadConnectorRetrySetting_FailsNamingTheSetting(string setting, string value)
    {
        var report = await StartupReport.OfAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Teams__AllowAnonymous"] = "true",
            [setting.Replace(":", "__", StringComparison.Ordinal)] = value,
        });

        Assert.Contains(setting, report, StringComparison.Ordinal);
    }
}
