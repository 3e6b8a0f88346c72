using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>The Microsoft 365 Agents Playground (Teams-like client, npm) on a free loopback port, offline.</summary>
public sealed class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private PlaygroundProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public string Output => string.Join('\n', output);

    /// <summary>Starts it. Note: the Playground sends every message with locale en-US, so replies come in English.</summary>
    public static async Task<PlaygroundProcess> StartAsync(string botEndpoint)
    {
        var bin = RepoPaths.InRepo("node_modules", ".bin", "agentsplayground");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException("The Agents Playground is not installed: run `npm ci` (scripts/test.sh does).");
        }

        var port = AzuriteProcess.FreePort();
        var info = new ProcessStartInfo(bin)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[] { "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-e", botEndpoint, "-c", "msteams", "--disable-telemetry" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var playground = new PlaygroundProcess(Process.Start(info) ?? throw new InvalidOperationException("The Playground did not start."), port);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return playground;
            }
            catch (SocketException)
            {
                await Task.Delay(200);
            }
        }

        await playground.DisposeAsync();
        throw new TimeoutException("The Playground did not listen in time:\n" + playground.Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
