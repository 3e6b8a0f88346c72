using System.CommandLine;
using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Guidelines.CommandLine;

/// <summary>The options of <c>train questions</c> and <c>eval questions</c> that change the model (to compare designs); the defaults are the bot's.</summary>
internal sealed class QuestionModelArguments
{
    private readonly Option<string?> corpus = new("--corpus") { Description = "Train on this file or folder of jsonl instead of the embedded corpus." };
    private readonly Option<bool> separate = new("--separate-kinds") { Description = "A kind model and a section model instead of one model." };
    private readonly Option<double?> modelWeight = new("--model-weight") { Description = "The model's share of a section's score (0..1)." };
    private readonly Option<double?> kindWeight = new("--kind-weight") { Description = "The model's share of the kind decision (0..1)." };
    private readonly Option<int?> bits = new("--bits") { Description = "Hashed feature space of 2^bits." };
    private readonly Option<float?> l1 = new("--l1") { Description = "L1 regularisation." };
    private readonly Option<float?> l2 = new("--l2") { Description = "L2 regularisation." };
    private readonly Option<bool> sdca = new("--sdca") { Description = "Train with SDCA instead of L-BFGS." };
    private readonly Option<float?> tolerance = new("--tolerance") { Description = "Convergence tolerance." };
    private readonly Option<bool> expand = new("--expand-terms") { Description = "The model also reads the stems the protocol's vocabulary gives the words." };
    private readonly Option<int?> iterations = new("--iterations") { Description = "At most this many L-BFGS iterations." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { corpus, separate, modelWeight, kindWeight, bits, l1, l2, iterations, sdca, tolerance, expand })
        {
            command.Options.Add(option);
        }
    }

    public IReadOnlyList<CorpusQuestion> Corpus(ParseResult parse) =>
        parse.GetValue(corpus) is { } path ? CorpusReader.ReadQuestions(path) : QuestionCorpus.Read();

    public QuestionModelOptions Options(ParseResult parse)
    {
        var d = new QuestionModelOptions();
        return d with
        {
            SeparateKindModel = parse.GetValue(separate) || d.SeparateKindModel,
            ExpandTerms = parse.GetValue(expand) || d.ExpandTerms,
            ModelWeight = parse.GetValue(modelWeight) ?? d.ModelWeight,
            KindModelWeight = parse.GetValue(kindWeight) ?? d.KindModelWeight,
            Features = d.Features with { Bits = parse.GetValue(bits) ?? d.Features.Bits },
            Training = d.Training with
            {
                L1 = parse.GetValue(l1) ?? d.Training.L1,
                L2 = parse.GetValue(l2) ?? d.Training.L2,
                MaxIterations = parse.GetValue(iterations) ?? d.Training.MaxIterations,
                Sdca = parse.GetValue(sdca) || d.Training.Sdca,
                Tolerance = parse.GetValue(tolerance) ?? d.Training.Tolerance,
            },
        };
    }
}
