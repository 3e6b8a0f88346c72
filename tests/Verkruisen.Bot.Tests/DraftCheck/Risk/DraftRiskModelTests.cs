using Microsoft.Extensions.Options;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Risk;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.DraftCheck.Risk;

public sealed class DraftRiskModelTests
{
    /// <summary>
    /// Two folds and a hashed space of 2^12 instead of 2^16: these tests are about the trainer (deterministic, its
    /// thresholds, the file), not about the shipped model's quality, and L-BFGS spends its time on the dimension
    /// (training the sample took about 14 s with 2^16 on two cores).
    /// </summary>
    private static readonly DraftTrainingOptions Small = new() { Folds = 2, Features = new FeatureOptions { Bits = 12 } };

    private static IReadOnlyList<PreparedDraft> Sample(DraftRiskTrainer trainer, int count) =>
        trainer.Prepare(CorpusReader.ReadDrafts(RepoPaths.InRepo("corpus", "drafts")).Where((_, i) => i % 13 == 0).Take(count));

    private static DraftRiskTrainer Trainer() =>
        new(SharedChecker.Default, new TextFeaturizer(SharedChecker.Data.Analyzer, Small.Features), Small);

    /// <summary>
    /// One training of the sample (its cross-validation and final fit), shared by the tests that need one: training is
    /// the slow part of this class, and a second run of the same training on the same drafts would repeat it exactly.
    /// </summary>
    private static readonly Lazy<(IReadOnlyList<PreparedDraft> Drafts, DraftRiskModel Model, CrossValidation Validation)> Trained = new(() =>
    {
        var trainer = Trainer();
        var drafts = Sample(trainer, 200);
        var (model, validation) = trainer.Train(drafts, "x");
        return (drafts, model, validation);
    });

    /// <summary>The shipped model is what the corpus trains: a corpus (or training setting) change without
    /// scripts/train.sh fails here.</summary>
    [Fact]
    public void ShippedModel_WasTrainedOnTheCorpusAsItIs()
    {
        var shipped = DraftRiskModelFile.ReadEmbedded();

        Assert.Equal(CorpusFingerprint.Of([RepoPaths.InRepo("corpus", "drafts")], new DraftTrainingOptions()), shipped.TrainedOn);
        Assert.Equal(VerdictPolicy.Categories.Select(c => c.Id), shipped.Categories.Select(c => c.Id));
        Assert.All(shipped.Categories, c => Assert.InRange(c.Threshold.Doubt, 0.0, c.Threshold.Present));
    }

    [Fact]
    public void ShippedModel_IsSmall() =>
        Assert.InRange(new FileInfo(RepoPaths.InRepo("bot", "DraftCheck", "Data", "draft-risk.model")).Length, 1, 3 * 1024 * 1024);

    [Fact]
    public void Train_Twice_GivesTheSameModelAndItSurvivesTheFile()
    {
        var (drafts, first, _) = Trained.Value;

        var (second, _) = Trainer().Train(drafts, "x");
        using var stream = new MemoryStream();
        DraftRiskModelFile.Write(first, stream);
        stream.Position = 0;
        var read = DraftRiskModelFile.Read(stream);

        foreach (var model in new[] { second, read })
        {
            Assert.Equal("x", model.TrainedOn);
            for (var c = 0; c < first.Categories.Count; c++)
            {
                Assert.Equal(first.Categories[c].Threshold, model.Categories[c].Threshold);
                Assert.Equal(first.Categories[c].Model.Bias, model.Categories[c].Model.Bias);
                Assert.All(Enumerable.Range(0, first.Categories[c].Model.Dimension), i => Assert.Equal(first.Categories[c].Model.Weight(i), model.Categories[c].Model.Weight(i)));
            }
        }
    }

    /// <summary>The nested check judges every draft once, in its own fold, at thresholds chosen on the other fold.</summary>
    [Fact]
    public void Nested_TwoFolds_JudgesEveryDraftOnceAtThresholdsChosenWithoutIt()
    {
        var (drafts, _, validation) = Trained.Value;

        var nested = CrossValidationReport.Nested(Small, validation);

        Assert.Equal(drafts.Count, nested.Judged);
        Assert.InRange(nested.Acceptable, drafts.Count / 2, drafts.Count);
        Assert.InRange(nested.UnsafeMag, 0, drafts.Count(d => d.Risky));
        Assert.InRange(nested.HarmlessMag, 1, drafts.Count(d => d.Harmless));
        Assert.StartsWith($"nested (thresholds chosen without the fold): drafts {drafts.Count}: acceptable ", nested.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The cross-validation <see cref="DraftRiskTrainer.Train"/> chose the model's thresholds with.</summary>
    [Fact]
    public void CrossValidate_Thresholds_CatchTheRequiredShareOfRiskyDrafts()
    {
        var (drafts, model, validation) = Trained.Value;

        Assert.Equal(validation.Thresholds, model.Categories.Select(c => c.Threshold));
        Assert.True(ThresholdChoice.Caught(drafts, validation.Probabilities, validation.Thresholds) >= Small.RiskyCaught);
    }

    [Fact]
    public void Check_Finding_QuotesTheWordsThatWeighMost()
    {
        var checker = new DraftChecker(SharedChecker.Data, Options.Create(new DraftCheckOptions()));
        const string draft = "Juf Anna is met een burn-out thuis, we wensen haar veel sterkte!";

        var result = checker.Check(draft, new DraftContext("facebook", false, AccountKind.Personal, AuthorRole.Teacher));

        var finding = Assert.Single(result.Findings, f => f.Kind == "staff-confidential");
        Assert.Equal("3", finding.Rule);
        Assert.Matches("burn|out|thuis", finding.Excerpt);
        Assert.All(finding.Excerpt.Split(" … "), words => Assert.Contains(words, draft, StringComparison.Ordinal));
        Assert.DoesNotContain(finding.Excerpt.Split(" … "), words => words is "een" or "is" or "met");
    }
}
