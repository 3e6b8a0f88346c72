using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// A real Azurite table service (npm package in the repo's node_modules), in memory, on a free loopback port.
/// Use <see cref="Shared"/> for ordinary storage tests (isolate with a table prefix, see <see cref="TestTables"/>),
/// or start a private one for a test that stops storage.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<AzuriteProcess>> SharedInstance = new(() => StartAsync());

    private readonly Process process;

    private AzuriteProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    /// <summary>One Azurite for the whole test run, stopped when the test process exits.</summary>
    public static Task<AzuriteProcess> Shared => SharedInstance.Value;

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(int? port = null)
    {
        var bin = RepoPaths.InRepo("node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` in the repository (scripts/test.sh does).");
        }

        var chosen = port ?? FreePort();
        var info = new ProcessStartInfo(bin)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl", "--tableHost", "127.0.0.1", "--tablePort", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, chosen);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.Kill();
        await WaitForPortAsync(chosen, process, TimeSpan.FromSeconds(30));
        return azurite;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task WaitForPortAsync(int port, Process process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within {timeout}.");
    }
}
