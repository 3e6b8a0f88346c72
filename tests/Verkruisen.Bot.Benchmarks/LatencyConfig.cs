using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Verkruisen.Bot.Benchmarks;

/// <summary>Adds the tail of the latency distribution (95th percentile and the slowest run) to the summary.</summary>
public sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig() => AddColumn(StatisticColumn.P95, StatisticColumn.P100);
}
