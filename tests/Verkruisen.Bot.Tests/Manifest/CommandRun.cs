using System.Diagnostics;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>A finished command: its exit code and what it printed.</summary>
public sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public string AllOutput => Output + Error;

    /// <summary>Runs a program from the repository root and waits for it (at most five minutes: an upper bound for a machine shared with builds).</summary>
    public static async Task<CommandRun> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within five minutes and was stopped.");
        }

        return new CommandRun(process.ExitCode, await output, await error);
    }
}
