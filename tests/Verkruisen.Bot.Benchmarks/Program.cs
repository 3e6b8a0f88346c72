using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Verkruisen.Bot.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Verkruisen.Bot.Benchmarks -- --filter '*' (BenchmarkDotNet), or
/// -- latency [passes] (<see cref="LatencyHarness"/>: percentiles over the whole corpus, and memory).
/// </summary>
public static class BenchmarkProgram
{
    /// <summary>
    /// BenchmarkDotNet builds a copy of this project (and the bot) for its child process and gives up after two
    /// minutes by default, reporting only "failed to build the auto-generated boilerplate code"; on a loaded
    /// machine that build alone takes longer.
    /// </summary>
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);

    public static void Main(string[] args)
    {
        if (args is ["latency", ..])
        {
            LatencyHarness.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly)
            .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(BuildTimeout));
    }
}
