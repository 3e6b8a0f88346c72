using System.Diagnostics;
using System.Reflection;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Infra;

/// <summary>
/// The bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64, which this test project restores
/// (its path comes from the package's $(BicepPath), stored in the assembly metadata). BICEP_PATH overrides it.
/// </summary>
public static class BicepCli
{
    /// <summary>An upper bound only: bicep takes seconds on an idle machine, over two minutes under load 55 on 2 cores.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    public static string Path { get; } = Locate();

    public static async Task<BicepResult> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("bicep did not start: " + Path);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return new BicepResult(process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("BICEP_PATH") is { Length: > 0 } fromEnvironment)
        {
            candidates.Add(fromEnvironment);
        }

        var fromPackage = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepPath")?.Value;
        if (!string.IsNullOrWhiteSpace(fromPackage))
        {
            candidates.Add(System.IO.Path.GetFullPath(fromPackage.Replace('\\', '/')));
        }

        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "The bicep CLI was not found (looked at: " + (candidates.Count == 0 ? "nothing configured" : string.Join(", ", candidates)) + "). " +
            "It comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 that the test project references: run " +
            "`dotnet restore tests/Verkruisen.Bot.Tests`, or `scripts/bicep.sh --path` and set BICEP_PATH to the path it prints.");
    }
}

public sealed record BicepResult(int ExitCode, string Output, string Error)
{
    /// <summary>Every diagnostic line bicep printed (it reports warnings and errors on standard error).</summary>
    public IReadOnlyList<string> Diagnostics =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n{Error}";
}
