using Verkruisen.Bot.CommandLine;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.DraftCheck;

public sealed class DraftLearningCommandsTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await BotCommandLine.RunAsync(args, TextReader.Null, output, TextWriter.Null);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task EvalDrafts_LabelledFile_PrintsTheFiguresTheIssueAsksFor()
    {
        var (exit, output) = await RunAsync("eval", "drafts", RepoPaths.InRepo("tests", "Verkruisen.Bot.Tests", "DraftCheck", "drafts.fresh3.jsonl"));

        Assert.Equal(0, exit);
        Assert.Matches(@"drafts 40: acceptable \d+ = [\d.]+ %", output);
        Assert.Matches(@"unsafe ""mag"" \(risky drafts allowed\): \d+ of \d+ risky", output);
        Assert.Matches(@"harmless ""mag"": \d+ of \d+ plainly harmless", output);
        Assert.Contains("role ", output, StringComparison.Ordinal);
        Assert.Matches(@"per draft p50 [\d.]+ ms, p99 [\d.]+ ms", output);
    }

    [Fact]
    public async Task TrainDrafts_SmallCorpus_WritesAModelAndTheCrossValidation()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"drafts-{Guid.NewGuid():N}.jsonl");
        var model = Path.ChangeExtension(corpus, ".model");
        await File.WriteAllLinesAsync(corpus, File.ReadLines(RepoPaths.InRepo("corpus", "drafts", "author-a.jsonl")).Where((_, i) => i % 8 == 0));
        try
        {
            // A hashed space of 2^12 (the shipped 2^16 took about 14 s here on two cores): this is about the command.
            var (exit, output) = await RunAsync("train", "drafts", "--corpus", corpus, "--out", model, "--bits", "12");

            Assert.Equal(0, exit);
            Assert.True(new FileInfo(model).Length > 0);
            Assert.Contains("pupil-confidential", output, StringComparison.Ordinal);
            Assert.Matches(@"trained 15 models \(\d+ drafts", output);
        }
        finally
        {
            File.Delete(corpus);
            File.Delete(model);
        }
    }

    [Fact]
    public async Task EvalDrafts_MissingFile_SaysWhichFileAndExitsWithTwo()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.jsonl");
        using var error = new StringWriter();

        var exit = await BotCommandLine.RunAsync(["eval", "drafts", missing], TextReader.Null, TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Equal($"Niet gevonden: {missing}", error.ToString().Trim());
    }

    [Fact]
    public async Task EvalDrafts_BadLine_SaysWhichLineAndExitsWithTwo()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file, ["", "{\"id\": \"x\", \"text\": [1, 2]}"]);
        using var error = new StringWriter();
        try
        {
            var exit = await BotCommandLine.RunAsync(["eval", "drafts", file], TextReader.Null, TextWriter.Null, error);

            Assert.Equal(2, exit);
            Assert.Equal($"Ongeldig bestand: {Path.GetFileName(file)} line 2: not a valid record ($.text)", error.ToString().Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task EvalDrafts_NoFileNoCv_SaysWhatToGive()
    {
        var (exit, output) = await RunAsync("eval", "drafts");

        Assert.Equal(2, exit);
        Assert.Contains("--cv", output, StringComparison.Ordinal);
    }
}
