using System.Diagnostics;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>The built bot executable as a child process, configured only through environment variables.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    private BotProcess(ChildProcess process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string Output => process.Output;

    public int ExitCode => process.ExitCode;

    /// <summary>The bot's own build output, next to this test assembly's configuration (Debug/Release).</summary>
    public static string BotDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return RepoPaths.InRepo("bot", "bin", configuration, "net10.0", "Verkruisen.Bot.dll");
        }
    }

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var port = AzuriteProcess.FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(BotDll)! };
        info.ArgumentList.Add(BotDll);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal) || k.StartsWith("Microsoft", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return new BotProcess(ChildProcess.Start(info), port);
    }

    /// <summary>Waits until the bot listens; throws with its output when it exits first.</summary>
    public Task WaitUntilListeningAsync(TimeSpan? timeout = null) => process.WaitForPortAsync(Port, timeout ?? TimeSpan.FromSeconds(30));

    public Task<bool> WaitForExitAsync(TimeSpan timeout) => process.WaitForExitAsync(timeout);

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
