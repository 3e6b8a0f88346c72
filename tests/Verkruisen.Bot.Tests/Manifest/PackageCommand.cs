using System.Text.Json.Nodes;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>The real package command (scripts/package-manifest.sh) and the schema validator it uses.</summary>
public static class PackageCommand
{
    /// <summary>Every setting the manifest uses; each run sets or clears all of them, whatever the test host has.</summary>
    public static IReadOnlyList<string> SettingNames { get; } =
        ["TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN", "APP_NAME_SUFFIX", "PRIVACY_URL", "TERMS_URL", "DEVELOPER_WEBSITE_URL"];

    public static Task<CommandRun> BuildAsync(string environment, string outputFolder, string envFile, IReadOnlyDictionary<string, string> variables)
    {
        var settings = SettingNames.ToDictionary(n => n, n => variables.GetValueOrDefault(n));
        return CommandRun.RunAsync("bash", ["scripts/package-manifest.sh", environment, "--out", outputFolder, "--env-file", envFile], settings);
    }

    /// <summary>
    /// The tool the script runs, straight from its build output (the script's <c>dotnet run</c> spends most of its time
    /// checking that the build is up to date): for tests about the tool's own refusals, which need no schema check.
    /// </summary>
    public static Task<CommandRun> RunToolAsync(string environment, string outputFolder, string envFile, IReadOnlyDictionary<string, string> variables)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var tool = RepoPaths.InRepo("tools", "Verkruisen.AppPackage", "bin", configuration, "net10.0", "Verkruisen.AppPackage.dll");
        var settings = SettingNames.ToDictionary(n => n, n => variables.GetValueOrDefault(n));
        return CommandRun.RunAsync("dotnet", [tool, environment, "--out", outputFolder, "--env-file", envFile], settings);
    }

    /// <summary>
    /// Validates folders' manifest.json and localization files against the official schemas, offline, in one run of the
    /// validator (<c>--json</c>): per folder, the exit code and output a run on that folder alone gives.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, CommandRun>> ValidateAllAsync(IEnumerable<string> folders)
    {
        var run = await CommandRun.RunAsync("node", ["scripts/validate-app-package.mjs", "--json", .. folders]);
        var results = new Dictionary<string, CommandRun>();
        foreach (var line in run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var result = JsonNode.Parse(line)!;
            results[(string)result["folder"]!] = new CommandRun((int)result["exitCode"]!, (string)result["output"]!, (string)result["error"]!);
        }

        return results.Count > 0 ? results : throw new InvalidOperationException("The validator reported no folder: " + run.AllOutput);
    }
}
