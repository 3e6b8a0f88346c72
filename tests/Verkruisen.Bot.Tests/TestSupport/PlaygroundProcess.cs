using System.Diagnostics;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>The Microsoft 365 Agents Playground (Teams-like client, npm) on a free loopback port, offline.</summary>
public sealed class PlaygroundProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    private PlaygroundProcess(ChildProcess process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public string Output => process.Output;

    /// <summary>Starts it. Note: the Playground sends every message with locale en-US, so replies come in English.</summary>
    public static async Task<PlaygroundProcess> StartAsync(string botEndpoint)
    {
        var bin = RepoPaths.InRepo("node_modules", ".bin", "agentsplayground");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException("The Agents Playground is not installed: run `npm ci` (scripts/test.sh does).");
        }

        var port = AzuriteProcess.FreePort();
        var info = new ProcessStartInfo(bin) { WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in new[] { "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-e", botEndpoint, "-c", "msteams", "--disable-telemetry" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var playground = new PlaygroundProcess(ChildProcess.Start(info), port);
        try
        {
            await playground.process.WaitForPortAsync(port, TimeSpan.FromSeconds(60));
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
