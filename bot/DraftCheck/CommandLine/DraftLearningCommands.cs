using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Verkruisen.Bot.CommandLine;
using Verkruisen.Bot.DraftCheck.Risk;
using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.DraftCheck.CommandLine;

/// <summary>
/// <c>train drafts</c> (train the risk models on corpus/drafts and write the shipped model file),
/// <c>eval drafts FILE.jsonl</c> (score the shipped checker on a labelled file) and <c>eval --cv 5 drafts</c>
/// (k-fold cross-validation over the corpus).
/// </summary>
internal static class DraftLearningCommands
{
    public static Command Train(TextWriter output)
    {
        var corpus = CorpusOption();
        var target = TargetOption();
        var file = new Option<string?>("--out") { Description = "Where to write the model (default bot/DraftCheck/Data/draft-risk.model)." };
        var bits = new Option<int?>("--bits") { Description = "Hashed feature space of 2^bits (default as shipped)." };
        var command = new Command("drafts", "Train the draft risk models on the corpus and write the model file.") { corpus, target, file, bits };
        command.SetAction(parse =>
        {
            var paths = Paths(parse.GetValue(corpus));
            var (trainer, drafts) = Prepare(paths, 5, parse.GetValue(target), output, bits: parse.GetValue(bits));
            var clock = Stopwatch.StartNew();
            var (model, validation) = trainer.Train(drafts, CorpusFingerprint.Of(paths, trainer.Options));
            var trained = clock.Elapsed;
            var path = parse.GetValue(file) ?? RepositoryPaths.In("bot", "DraftCheck", "Data", "draft-risk.model");
            using (var stream = File.Create(path))
            {
                DraftRiskModelFile.Write(model, stream);
            }

            CrossValidationReport.Write(validation, output);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained {model.Categories.Count} models ({drafts.Count} drafts, 5 folds + final) in {trained.TotalSeconds:F1} s; {model.Categories.Sum(c => c.Model.NonZeroWeights)} non-zero weights; {new FileInfo(path).Length / 1024.0:F0} KB written to {path}"));
            return 0;
        });
        return command;
    }

    /// <summary><c>eval drafts</c>; reads the <c>--cv</c> option of its parent (<see cref="Verkruisen.Bot.CommandLine.ModelCommands"/>) by name.</summary>
    public static Command Eval(TextWriter output)
    {
        var corpus = CorpusOption();
        var target = TargetOption();
        var l2 = new Option<float?>("--l2") { Description = "L2 regularisation to try in cross-validation (default as trained)." };
        var file = new Argument<string?>("file") { Description = "A labelled JSON Lines file of drafts.", Arity = ArgumentArity.ZeroOrOne };
        var errors = new Option<bool>("--errors") { Description = "Also list every draft whose verdict is not acceptable, with its findings." };
        var dump = new Option<string?>("--dump") { Description = "With --cv: write every draft's out-of-fold probabilities to this tab-separated file." };
        var nested = new Option<bool>("--nested") { Description = "With --cv: also judge each fold at thresholds chosen on the other folds only." };
        var command = new Command("drafts", "Score the draft check on a labelled file, or cross-validate on the corpus (--cv k).") { file, corpus, target, l2, errors, dump, nested };
        command.SetAction(parse =>
        {
            if (parse.GetValue<int?>("--cv") is { } folds)
            {
                var (trainer, drafts) = Prepare(Paths(parse.GetValue(corpus)), folds, parse.GetValue(target), output, parse.GetValue(l2));
                var validation = trainer.CrossValidate(drafts);
                CrossValidationReport.Write(validation, output);
                if (parse.GetValue(nested))
                {
                    output.WriteLine(CrossValidationReport.Nested(trainer.Options, validation));
                }

                if (parse.GetValue(errors))
                {
                    CrossValidationReport.WriteErrors(validation, output);
                }

                if (parse.GetValue(dump) is { } dumpPath)
                {
                    CrossValidationReport.Dump(validation, dumpPath);
                }

                return 0;
            }

            if (parse.GetValue(file) is not { } path)
            {
                output.WriteLine("Give a labelled file (eval drafts FILE.jsonl) or --cv k.");
                return 2;
            }

            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            var checker = DraftChecker.CreateDefault();
            checker.Check("opwarmen", DraftContext.Unknown);
            var loaded = clock.Elapsed;
            var added = GC.GetTotalMemory(forceFullCollection: true) - before;
            var evaluation = new DraftEvaluation();
            var latencies = new List<double>();
            foreach (var draft in CorpusReader.ReadDrafts(path))
            {
                var (context, error) = DraftContextParser.Parse(draft.Platform, draft.Photos, draft.Account, draft.Role);
                var started = Stopwatch.GetTimestamp();
                var result = context is null ? null : checker.Check(draft.Text, context);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (result?.Verdict is not { } verdict)
                {
                    output.WriteLine($"{draft.Id}: not checked ({error ?? result?.Status.ToString()})");
                    continue;
                }

                evaluation.Add(draft.Id, draft.Role, draft.Ok.ToHashSet(StringComparer.Ordinal), draft.Categories ?? [], verdict);
                if (parse.GetValue(errors) && !draft.Ok.Contains(verdict.ToWire()))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{draft.Id} {verdict.ToWire()} (ok {string.Join('|', draft.Ok)}; {string.Join(',', draft.Categories ?? [])}) {draft.Text}"));
                    foreach (var finding in result.Findings)
                    {
                        output.WriteLine($"    {finding.Kind} r{finding.Rule} {finding.Severity}: {finding.Excerpt}");
                    }
                }
            }

            evaluation.Write(output);
            latencies.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"checker built and first draft checked in {loaded.TotalMilliseconds:F0} ms, managed memory +{added / 1048576.0:F1} MB; per draft p50 {Percentile(latencies, 0.5):F3} ms, p99 {Percentile(latencies, 0.99):F3} ms, max {latencies.LastOrDefault():F3} ms"));
            return 0;
        });
        return command;
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private static Option<double> TargetOption() => new("--target")
    {
        Description = "The share of risky held-out drafts that must not get \"mag\" (default 0.99).",
        DefaultValueFactory = _ => 0.99,
    };

    private static Option<string[]> CorpusOption() => new("--corpus")
    {
        Description = "Corpus files or folders of *.jsonl (default corpus/drafts).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The corpus the draft models learn from: corpus/drafts, or the given files and folders.</summary>
    internal static string[] Paths(string[]? corpus) => corpus is { Length: > 0 } ? corpus : [RepositoryPaths.In("corpus", "drafts")];

    private static (DraftRiskTrainer Trainer, IReadOnlyList<PreparedDraft> Drafts) Prepare(string[] paths, int folds, double target, TextWriter output, float? l2 = null, int? bits = null)
    {
        var options = new DraftTrainingOptions { Folds = folds, RiskyCaught = target };
        options = l2 is { } value ? options with { Training = options.Training with { L2 = value } } : options;
        options = bits is { } b ? options with { Features = options.Features with { Bits = b } } : options;
        var data = new DraftCheckData(new Text.TextAnalyzer());
        var checker = new DraftChecker(data, Microsoft.Extensions.Options.Options.Create(new DraftCheckOptions()));
        var trainer = new DraftRiskTrainer(checker, new TextFeaturizer(data.Analyzer, options.Features), options);
        var clock = Stopwatch.StartNew();
        var drafts = trainer.Prepare(paths.SelectMany(CorpusReader.ReadDrafts));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{drafts.Count} labelled drafts featurized in {clock.Elapsed.TotalSeconds:F1} s"));
        return (trainer, drafts);
    }
}
