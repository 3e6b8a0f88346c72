using BenchmarkDotNet.Attributes;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Benchmarks;

/// <summary>Answering one question with the index built and the model loaded once (as in the bot): a plain one, one with typos, and a long one with compounds and participles.</summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class GuidelinesBenchmarks
{
    private QuestionEngine engine = null!;

    [Params(
        "Mag ik foto's van mijn klas op Instagram zetten?",
        "mag ik fotoos van leerlingn op facebok zetten",
        "een moeder heeft gisteren in de klassengroep van groep 5 een kerstfoto doorgestuurd met alle kinderen erop en nu zijn andere ouders boos, wat moet ik doen")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup() => engine = QuestionEngine.CreateDefault();

    [Benchmark]
    public QuestionResult Answer() => engine.Answer(Question);
}
