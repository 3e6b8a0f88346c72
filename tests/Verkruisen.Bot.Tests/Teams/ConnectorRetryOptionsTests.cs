using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>
/// Teams:ConnectorRetry is validated at start like every other option: a bad value stops the real binary, which
/// names the setting (the start-up report prints plain lines and exits 1 before any host runs).
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
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Teams__AllowAnonymous"] = "true",
            [setting.Replace(":", "__", StringComparison.Ordinal)] = value,
        };
        await using var bot = BotProcess.Start(environment);

        Assert.True(await bot.WaitForExitAsync(TimeSpan.FromMinutes(3)), "The bot started with " + setting + " = " + value);

        Assert.NotEqual(0, bot.ExitCode);
        Assert.Contains(setting, bot.Output, StringComparison.Ordinal);
    }
}
