using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>The Microsoft 365 Agents Playground (Teams-like client, npm) on a free loopback port, offline.</summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    /// <summary>The temporary folder with its configuration, removed with it; null for the built-in user.</summary>
    private readonly string? configFolder;

    private PlaygroundProcess(ChildProcess process, string? configFolder)
    {
        this.process = process;
        this.configFolder = configFolder;
    }

    /// <summary>The port the Playground chose itself (it is started with port 0 and says which).</summary>
    public int Port { get; private set; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public string Output => process.Output;

    /// <summary>Starts it. Note: the Playground sends every message with locale en-US, so replies come in English.</summary>
    /// <param name="botEndpoint">The bot's /api/messages.</param>
    /// <param name="configYaml">A <c>.m365agentsplayground.yml</c> (e.g. another current user), or null for the built-in one.</param>
    public static async Task<PlaygroundProcess> StartAsync(string botEndpoint, string? configYaml = null)
    {
        var bin = RepoPaths.InRepo("node_modules", ".bin", "agentsplayground");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException("The Agents Playground is not installed: run `npm ci` (scripts/test.sh does).");
        }

        string? configFolder = null;
        if (configYaml is not null)
        {
            configFolder = Directory.CreateTempSubdirectory("playground-").FullName;
            await File.WriteAllTextAsync(Path.Combine(configFolder, ".m365agentsplayground.yml"), configYaml);
        }

        var workingDirectory = configFolder ?? Path.GetTempPath();

        var info = new ProcessStartInfo(bin) { WorkingDirectory = workingDirectory };
        foreach (var arg in new[] { "-p", "0", "-e", botEndpoint, "-c", "msteams", "--disable-telemetry" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var playground = new PlaygroundProcess(ChildProcess.Start(info), configFolder);
        try
        {
            var listening = await playground.process.WaitForOutputAsync(ListeningLine(), TimeSpan.FromMinutes(3));
            playground.Port = int.Parse(listening.Groups["port"].Value, CultureInfo.InvariantCulture);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        if (configFolder is not null)
        {
            Directory.Delete(configFolder, recursive: true);
        }
    }

    [GeneratedRegex(@"^Listening on (?<port>\d+)$")]
    private static partial Regex ListeningLine();
}
