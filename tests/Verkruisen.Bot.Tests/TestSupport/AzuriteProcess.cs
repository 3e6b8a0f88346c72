using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// A real Azurite table service (npm package in the repo's node_modules), in memory, on a free loopback port.
/// Use <see cref="Shared"/> for ordinary storage tests (isolate with a table prefix, see <see cref="TestTables"/>),
/// or start a private one for a test that stops storage (on disk, in a folder, when it must come back with its data).
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<AzuriteProcess>> SharedInstance = new(() => StartAsync());

    private readonly ChildProcess process;

    private AzuriteProcess(ChildProcess process, int port, string? folder)
    {
        this.process = process;
        Port = port;
        Folder = folder;
    }

    /// <summary>One Azurite for the whole test run, stopped when the test process exits.</summary>
    public static Task<AzuriteProcess> Shared => SharedInstance.Value;

    public int Port { get; }

    /// <summary>Where it keeps its data; null when in memory.</summary>
    public string? Folder { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>
    /// Starts one on a free port (tries another port if that one was taken in the meantime by someone else), in memory,
    /// or keeping its data in <paramref name="folder"/>; with <paramref name="port"/>, on that port (a restart).
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(string? folder = null, int? port = null)
    {
        var bin = RepoPaths.InRepo("node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` in the repository (scripts/test.sh does).");
        }

        for (var attempt = 1; ; attempt++)
        {
            var listen = port ?? FreePort();
            var info = new ProcessStartInfo(bin);
            string[] persistence = folder is null ? ["--inMemoryPersistence"] : ["--location", folder];
            // --silent: no access-log line per request (the tests read only the started and closed lines, which stay);
            // --disableTelemetry: no Application Insights batches for Azurite's own usage, which cannot leave this
            // machine anyway. Together about a third less of Azurite's CPU (3000 requests: 4.5 s -> 3.0 s).
            string[] quiet = ["--silent", "--disableTelemetry"];
            foreach (var arg in persistence.Concat(quiet).Concat(["--skipApiVersionCheck", "--disableProductStyleUrl", "--tableHost", "127.0.0.1", "--tablePort", listen.ToString(CultureInfo.InvariantCulture)]))
            {
                info.ArgumentList.Add(arg);
            }

            var azurite = new AzuriteProcess(ChildProcess.Start(info), listen, folder);
            try
            {
                await azurite.process.WaitForOutputAsync(new Regex("successfully started on 127\\.0\\.0\\.1:" + listen + "$"), TimeSpan.FromMinutes(3));
                return azurite;
            }
            catch (ChildProcessExitedException) when (attempt < 3 && port is null)
            {
                await azurite.DisposeAsync();
            }
            catch
            {
                await azurite.DisposeAsync();
                throw;
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Stops storage (to test what happens when it is down) the way an operator does, with Ctrl+C: Azurite writes what it
    /// holds to its folder, says so, and is then stopped. (Killed outright, it loses what it wrote in its last few seconds,
    /// since it saves every 5 s: a property of Azurite, not of the bot under test.)
    /// </summary>
    public async Task StopAsync()
    {
        process.Interrupt();
        await process.WaitForOutputAsync(new Regex("Table service successfully closed"), TimeSpan.FromMinutes(2));
        process.Kill();
    }

    /// <summary>Starts it again on the same port with the same data (after <see cref="StopAsync"/>; on disk only).</summary>
    public Task<AzuriteProcess> RestartAsync() =>
        StartAsync(Folder ?? throw new InvalidOperationException("An Azurite in memory has nothing to come back with."), Port);

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
