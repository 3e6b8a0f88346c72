using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Verkruisen.Bot.Guidelines.CommandLine;

/// <summary>
/// <c>train questions [--out FILE]</c>: trains the question model on corpus/questions (run from the repository's
/// root), writes the file the bot ships (bot/Guidelines/Data/question-model.bin) and reports what it cost and holds.
/// </summary>
public static class QuestionsTrainCommand
{
    public static Command Create(TextWriter output)
    {
        var outFile = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "bot/Guidelines/Data/question-model.bin" };
        var command = new Command("questions", "Train the question model on the corpus.") { outFile };
        var arguments = new QuestionModelArguments();
        arguments.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var corpus = arguments.Corpus(parse);
            var read = clock.Elapsed;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var model = QuestionModelTrainer.Train(Protocol.Load(), QuestionEngine.CreateAnalyzer(), corpus, arguments.Options(parse));
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var trained = clock.Elapsed;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            var file = Bot.CommandLine.RepositoryPaths.Resolve(parse.GetValue(outFile)!);
            await using (var stream = File.Create(file))
            {
                QuestionModelFile.Write(stream, model);
            }

            var c = CultureInfo.InvariantCulture;
            await output.WriteLineAsync(string.Create(c, $"questions: {corpus.Count} from the corpus (read in {read.TotalMilliseconds:F0} ms), trained in {(trained - read).TotalMilliseconds:F0} ms ({cpu.TotalMilliseconds:F0} ms of processor time)"));
            await output.WriteLineAsync(string.Create(c, $"model: {model.WeightBytes / 1024.0 / 1024.0:F1} MB of weights, {model.NonZeroWeights} not zero; managed heap after training {(after - before) / 1024.0 / 1024.0:F1} MB more"));
            await output.WriteLineAsync(string.Create(c, $"written: {file} ({new FileInfo(file).Length / 1024.0:F0} KB)"));
            return 0;
        });
        return command;
    }
}
