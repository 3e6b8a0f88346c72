using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Guidelines.CommandLine;

/// <summary>
/// <c>eval questions FILE.jsonl</c>: the engine (model trained on the corpus) scored on a labelled file;
/// <c>eval --cv 5 questions</c>: k-fold cross-validation over the corpus (or <c>--corpus PATH</c>).
/// Options to compare designs: see <see cref="QuestionModelArguments"/>, and <c>--lexical-only</c>.
/// </summary>
public static class QuestionsEvalCommand
{
    public static Command Create(TextWriter output)
    {
        var file = new Argument<string?>("file") { Description = "A labelled question set (jsonl).", Arity = ArgumentArity.ZeroOrOne };
        var lexicalOnly = new Option<bool>("--lexical-only") { Description = "Score the lexical engine alone (no model)." };
        var retrain = new Option<bool>("--retrain") { Description = "Train the model on the corpus with the given options instead of using the shipped one." };
        var sweep = new Option<bool>("--sweep") { Description = "With --cv: also score other model and kind weights (the folds' models are shared)." };
        var command = new Command("questions", "Score the question engine.") { file, lexicalOnly, retrain, sweep };
        var arguments = new QuestionModelArguments();
        arguments.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = arguments.Options(parse);
            var protocol = Protocol.Load();
            var analyzer = QuestionEngine.CreateAnalyzer();
            var folds = parse.GetValue<int?>("--cv");
            var clock = Stopwatch.StartNew();
            QuestionEvaluation evaluation;
            if (folds is { } k)
            {
                var corpus = arguments.Corpus(parse);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{k}-fold cross-validation over {corpus.Count} questions"));
                var variants = parse.GetValue(sweep) ? Sweep(options) : [options];
                var evaluations = QuestionCrossValidation.Run(protocol, analyzer, corpus, k, variants);
                for (var v = 1; v < variants.Count; v++)
                {
                    var t = evaluations[v].Total;
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"model weight {variants[v].ModelWeight:F2} kind weight {variants[v].KindModelWeight:F2}: top-1 {t.Top1Rate:P1} top-3 {t.Top3Rate:P1} kind {t.KindRate:P1}"));
                }

                evaluation = evaluations[0];
            }
            else if (parse.GetValue(file) is { } set)
            {
                var model = parse.GetValue(lexicalOnly) ? null
                    : parse.GetValue(retrain) ? QuestionModelTrainer.Train(protocol, analyzer, arguments.Corpus(parse), options)
                    : QuestionModelFile.ReadEmbedded(analyzer);
                var engine = new QuestionEngine(protocol, analyzer, model, options);
                evaluation = new QuestionEvaluation();
                foreach (var question in CorpusReader.ReadQuestions(Bot.CommandLine.RepositoryPaths.Resolve(set)))
                {
                    evaluation.Add(question, engine.Answer(question.Question));
                }
            }
            else
            {
                await output.WriteLineAsync("Give a labelled file, or --cv K.");
                return 2;
            }

            evaluation.Write(output);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"({clock.Elapsed.TotalSeconds:F1} s)"));
            return 0;
        });
        return command;
    }

    private static List<QuestionModelOptions> Sweep(QuestionModelOptions options)
    {
        var variants = new List<QuestionModelOptions> { options };
        foreach (var model in new[] { 0.4, 0.55, 0.7, 0.85, 1.0 })
        {
            foreach (var kind in new[] { 0.5, 0.7, 0.85, 1.0 })
            {
                variants.Add(options with { ModelWeight = model, KindModelWeight = kind });
            }
        }

        return variants;
    }
}
