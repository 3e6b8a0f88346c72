using BenchmarkDotNet.Attributes;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.MessagingExtension;

namespace Verkruisen.Bot.Benchmarks;

/// <summary>
/// One compose-box search (<c>composeExtension/query</c>) with the engine built once, as in the bot: the results
/// with their rule cards. An empty query (the initial run), words, and an unfinished word while typing.
/// </summary>
[MemoryDiagnoser]
public class MessagingExtensionBenchmarks
{
    private GuidelineSearch search = null!;

    [Params("", "foto's van leerlingen op facebook", "fot")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup() => search = new GuidelineSearch(QuestionEngine.CreateDefault());

    [Benchmark]
    public IReadOnlyList<SearchHit> Search() => search.Search(new SearchQuery(Query, InitialRun: false, Language.Nl));
}
