using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>The built bot executable as a child process, configured only through environment variables.</summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    private int? port;

    private BotProcess(ChildProcess process)
    {
        this.process = process;
    }

    /// <summary>The port Kestrel bound (it picks a free one itself), known once <see cref="WaitUntilListeningAsync"/> returned.</summary>
    public int Port => port ?? throw new InvalidOperationException("The bot is not listening yet: await WaitUntilListeningAsync first.");

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
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(BotDll)! };
        info.ArgumentList.Add(BotDll);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal) || k.StartsWith("Microsoft", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        // The bot's runtimeconfig compiles every method optimised at its first call (TieredCompilationQuickJit=false: less
        // memory in production). A test's bot runs for seconds and calls most methods once, so here it starts with the
        // runtime's default quick JIT instead: the same code, about 1 s less CPU per start (the environment variable
        // overrides the runtimeconfig).
        info.Environment["DOTNET_TC_QuickJit"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return new BotProcess(ChildProcess.Start(info));
    }

    /// <summary>Waits until the bot says where it listens (its own log line); throws with its output when it exits first.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan? timeout = null)
    {
        var listening = await process.WaitForOutputAsync(ListeningLine(), timeout ?? TimeSpan.FromMinutes(3));
        port = int.Parse(listening.Groups["port"].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the bot has printed a line containing <paramref name="text"/>; the failure shows its output.</summary>
    public Task WaitForOutputAsync(string text, TimeSpan? timeout = null) =>
        process.WaitForOutputAsync(new Regex(Regex.Escape(text)), timeout ?? TimeSpan.FromSeconds(90));

    public Task<bool> WaitForExitAsync(TimeSpan timeout) => process.WaitForExitAsync(timeout);

    public ValueTask DisposeAsync() => process.DisposeAsync();

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
