using BenchmarkDotNet.Running;

namespace Verkruisen.Bot.Benchmarks;

/// <summary>dotnet run -c Release --project tests/Verkruisen.Bot.Benchmarks -- --filter '*'</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
