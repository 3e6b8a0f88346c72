using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkruisen.Bot.CommandLine;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.SchoolExamples;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.SchoolExamples;

/// <summary>
/// <c>ask --export-examples</c> reads the school's labelled questions from the configured Table Storage (Azurite here)
/// and writes them as corpus lines that the corpus reader takes; labels past their retention are not exported.
/// </summary>
public sealed class SchoolExampleExportTests
{
    [Fact]
    public async Task RunAsync_ExportExamples_WritesEveryLabelAsACorpusLine()
    {
        var tables = await TestTables.CreateAsync();
        var now = DateTimeOffset.UtcNow;
        await Store(tables, now.AddDays(-800)).SaveAsync(new LearnedExample("2024-W40_old", "Een oude vraag over foto's", "10"), "nl", CancellationToken.None);
        await Store(tables, now.AddDays(-2)).SaveAsync(new LearnedExample("2026-W48_a", "Mag ik als voetbaltrainer teamfoto's posten?", "10"), "nl", CancellationToken.None);
        await Store(tables, now.AddDays(-1)).SaveAsync(new LearnedExample("2026-W48_b", "Where can I park when the playground is full?", LearnedExample.OutOfScope), "en", CancellationToken.None);

        var (code, output, error) = await ExportAsync(tables);

        Assert.Equal((0, ""), (code, error));
        var lines = CorpusReader.Read(new StringReader(output), "export", LearningJsonContext.Default.CorpusQuestion);
        Assert.Equal(
            [
                new("school-2026-W48_a", "Mag ik als voetbaltrainer teamfoto's posten?", ["10"], "answer", "school", "nl"),
                new("school-2026-W48_b", "Where can I park when the playground is full?", [], "out-of-scope", "school", "en"),
            ],
            lines.Select(l => l with { Rules = [.. l.Rules] }),
            new CorpusQuestionComparer());
        Assert.StartsWith("{\"id\":\"school-2026-W48_a\",\"q\":\"Mag ik als voetbaltrainer teamfoto's posten?\",\"rules\":[\"10\"],\"kind\":\"answer\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExportExamplesNothingLabelledYet_WritesNothing()
    {
        var azurite = await AzuriteProcess.Shared;

        var (code, output, error) = await ExportWithAsync(new() { ["Storage:ConnectionString"] = azurite.ConnectionString, ["Storage:TablePrefix"] = TestTables.NewPrefix() });

        Assert.Equal((0, "", ""), (code, output, error));
    }

    [Fact]
    public async Task RunAsync_ExportExamplesWithoutStorage_NamesTheSettingAndFails()
    {
        var (code, output, error) = await ExportWithAsync([]);

        Assert.Equal((1, ""), (code, output));
        Assert.Contains("Storage__ConnectionString", error, StringComparison.Ordinal);
    }

    private static SchoolExampleStore Store(Tables tables, DateTimeOffset now) =>
        new(tables, new FakeTimeProvider(now), Options.Create(new SchoolExampleOptions()));

    /// <summary>Exports from the tables' account and prefix, as the settings name them.</summary>
    private static async Task<(int Code, string Output, string Error)> ExportAsync(Tables tables)
    {
        var prefix = tables.Get(Tables.SchoolExamples).Name[..^Tables.SchoolExamples.Length];
        return await ExportWithAsync(new() { ["Storage:ConnectionString"] = (await AzuriteProcess.Shared).ConnectionString, ["Storage:TablePrefix"] = prefix });
    }

    private static async Task<(int Code, string Output, string Error)> ExportWithAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BotCommandLine.RunAsync(["ask", "--export-examples"], TextReader.Null, output, error, () => configuration);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Compares corpus lines by value, rules included.</summary>
    private sealed class CorpusQuestionComparer : IEqualityComparer<CorpusQuestion>
    {
        public bool Equals(CorpusQuestion? x, CorpusQuestion? y) =>
            x is not null && y is not null && x with { Rules = [] } == y with { Rules = [] } && x.Rules.SequenceEqual(y.Rules);

        public int GetHashCode(CorpusQuestion obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
