using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>
/// The app package built once by the real command into a temporary folder, with test settings from both an env file
/// and environment variables (which win), and unpacked beside it.
/// </summary>
public sealed class BuiltAppPackage : IAsyncLifetime
{
    public const string Environment = "citest";
    public const string TeamsAppId = "5d3c2b1a-0f9e-4d8c-b7a6-554433221100";
    public const string BotId = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f00112233";
    public const string BotDomain = "bot.school.example";
    public const string PrivacyUrl = "https://school.example/privacy";
    public const string TermsUrl = "https://school.example/voorwaarden";
    public const string WebsiteUrl = "https://school.example/";

    public string Folder { get; } = Directory.CreateTempSubdirectory("appPackage-").FullName;

    public string EnvFile => Path.Combine(Folder, ".env." + Environment);

    public string Zip => Path.Combine(Folder, $"appPackage.{Environment}.zip");

    public string Unpacked => Path.Combine(Folder, "unpacked");

    public CommandRun Build { get; private set; } = new(-1, "", "");

    public TimeSpan BuildTime { get; private set; }

    public static IReadOnlyDictionary<string, string> EnvironmentVariables { get; } = new Dictionary<string, string>
    {
        ["TEAMS_APP_ID"] = TeamsAppId,
        ["BOT_ID"] = BotId,
        ["BOT_DOMAIN"] = BotDomain,
    };

    public JsonNode ManifestJson => JsonNode.Parse(File.ReadAllText(Path.Combine(Unpacked, "manifest.json")))!;

    public JsonNode EnglishJson => JsonNode.Parse(File.ReadAllText(Path.Combine(Unpacked, "en.json")))!;

    public async Task InitializeAsync()
    {
        await File.WriteAllLinesAsync(EnvFile,
        [
            "# test settings; BOT_DOMAIN here must lose to the environment variable",
            "BOT_DOMAIN=from-the-file.example",
            $"PRIVACY_URL={PrivacyUrl}",
            $"TERMS_URL='{TermsUrl}'",
            $"DEVELOPER_WEBSITE_URL={WebsiteUrl}",
            "APP_NAME_SUFFIX=\" (test)\"",
        ]);
        var clock = Stopwatch.StartNew();
        Build = await PackageCommand.BuildAsync(Environment, Folder, EnvFile, EnvironmentVariables);
        BuildTime = clock.Elapsed;
        if (Build.ExitCode == 0)
        {
            ZipFile.ExtractToDirectory(Zip, Unpacked);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
