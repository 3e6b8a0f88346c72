namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>The real tool (the one scripts/package-manifest.sh runs) refuses to build a package with a setting missing, and says which.</summary>
public sealed class MissingSettingTests
{
    [Theory]
    [InlineData("BOT_ID")]
    [InlineData("PRIVACY_URL")]
    public async Task Build_RequiredSettingMissing_RefusesNamingIt(string missing)
    {
        var folder = Directory.CreateTempSubdirectory("appPackage-missing-").FullName;
        try
        {
            var envFile = Path.Combine(folder, ".env.missing");
            await File.WriteAllLinesAsync(envFile,
            [
                $"TEAMS_APP_ID={BuiltAppPackage.TeamsAppId}",
                $"BOT_ID={BuiltAppPackage.BotId}",
                $"BOT_DOMAIN={BuiltAppPackage.BotDomain}",
                $"PRIVACY_URL={BuiltAppPackage.PrivacyUrl}",
                $"TERMS_URL={BuiltAppPackage.TermsUrl}",
                $"DEVELOPER_WEBSITE_URL={BuiltAppPackage.WebsiteUrl}",
                $"{missing}=",
            ]);

            var run = await PackageCommand.RunToolAsync("missing", folder, envFile, new Dictionary<string, string>());

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains($"Missing setting(s): {missing}.", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "appPackage.missing.zip")), "no package may be built");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
