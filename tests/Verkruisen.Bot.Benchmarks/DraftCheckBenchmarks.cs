using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Verkruisen.Bot.DraftCheck;

namespace Verkruisen.Bot.Benchmarks;

/// <summary>
/// Checking one draft with the checker built once (as in the bot): detectors, the fifteen category models, the
/// verdict policy and the explanations. A harmless post, a confidential one (two findings to explain) and a long
/// story with photos.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class DraftCheckBenchmarks
{
    private static readonly DraftContext Context = new("facebook", false, AccountKind.Personal, AuthorRole.Teacher);

    private DraftChecker checker = null!;

    [Params(
        "Mooie workshop gegeven over rekendidactiek, dank aan alle deelnemers!",
        "Noor uit groep 7 heeft ADHD en krijgt medicatie, haar moeder belt me elke dag op 06 1234 5678.",
        "Wat een dag! Vanochtend met groep 5 naar het bos voor natuuronderwijs, de kinderen vonden kikkers, slakken en zelfs een ree. Na de lunch hebben we in de klas alles getekend en opgeschreven. Foto's van de tekeningen hieronder, de ouders hebben toestemming gegeven. Volgende week gaan we verder met een werkstuk over de seizoenen en nodigen we een boswachter uit.")]
    public string Draft { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        checker = DraftChecker.CreateDefault();
        checker.Check("opwarmen", Context);
    }

    [Benchmark]
    public DraftCheckResult Check() => checker.Check(Draft, Context);

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95, StatisticColumn.P100);
    }
}
