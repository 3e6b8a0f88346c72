using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// Trains the draft models from the labelled corpus, deterministically (fixed seed, one thread): one binary
/// logistic model per risk category over the shared features, then the thresholds: out-of-fold probabilities
/// from k-fold cross-validation set each category's doubt threshold so that at least
/// <see cref="DraftTrainingOptions.RiskyCaught"/> of the risky drafts are caught.
/// </summary>
internal sealed class DraftRiskTrainer(DraftChecker checker, TextFeaturizer featurizer, DraftTrainingOptions options)
{
    public int Dimension => featurizer.Dimension + DraftSignals.Count;

    public DraftTrainingOptions Options => options;

    /// <summary>The corpus's drafts with categories, made ready; drafts of older sets (no categories) are left out.</summary>
    public IReadOnlyList<PreparedDraft> Prepare(IEnumerable<CorpusDraft> corpus, bool labelledOnly = true) =>
        [.. corpus.Where(d => !labelledOnly || d.Categories is not null).Select(Prepare)];

    public PreparedDraft Prepare(CorpusDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (context, error) = DraftContextParser.Parse(draft.Platform, draft.Photos, draft.Account, draft.Role);
        if (context is null)
        {
            throw new InvalidDataException($"Draft {draft.Id}: {error}");
        }

        var facts = checker.Inspect(draft.Text.Trim(), context);
        var categories = draft.Categories ?? [];
        return new PreparedDraft(
            draft.Id,
            draft.Role ?? "unknown",
            DraftChecker.Features(facts, featurizer),
            [.. VerdictPolicy.Categories.Select(c => c.Id == VerdictPolicy.AnyRisk ? !draft.Ok.Contains(VerdictNames.Allowed) : categories.Contains(c.Id))],
            draft.Ok.ToHashSet(StringComparer.Ordinal),
            categories,
            HardRules.Hardest(facts),
            HardRules.NotALeader(facts),
            HardRules.HasContactDetails(facts),
            HardRules.FloorsOf(facts)) { PoliticsOnly = HardRules.PoliticsOnly(facts) };
    }

    /// <summary>The models trained on every draft, with thresholds chosen on the out-of-fold probabilities.</summary>
    public (DraftRiskModel Model, CrossValidation Validation) Train(IReadOnlyList<PreparedDraft> drafts, string trainedOn = "")
    {
        var validation = CrossValidate(drafts);
        var models = Enumerable.Range(0, VerdictPolicy.Categories.Count)
            .Select(c => LinearTrainer.TrainBinary(Examples(drafts, c, null, -1), Dimension, options.Training))
            .ToList();
        var categories = models.Select((m, c) => new CategoryModel(VerdictPolicy.Categories[c].Id, m, validation.Thresholds[c])).ToList();
        return (new DraftRiskModel(featurizer.Options, categories, trainedOn), validation);
    }

    /// <summary>k-fold cross-validation: every draft's probabilities from models that did not see it, and the thresholds they give.</summary>
    public CrossValidation CrossValidate(IReadOnlyList<PreparedDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var folds = Folds.Stratified([.. drafts.Select(d => d.Categories.Count == 0 ? "none" : d.Categories[0])], options.Folds, options.Training.Seed);
        var probabilities = new double[drafts.Count][];
        for (var i = 0; i < drafts.Count; i++)
        {
            probabilities[i] = new double[VerdictPolicy.Categories.Count];
        }

        for (var fold = 0; fold < options.Folds; fold++)
        {
            for (var c = 0; c < VerdictPolicy.Categories.Count; c++)
            {
                var model = LinearTrainer.TrainBinary(Examples(drafts, c, folds, fold), Dimension, options.Training);
                for (var i = 0; i < drafts.Count; i++)
                {
                    if (folds[i] == fold)
                    {
                        probabilities[i][c] = model.Probability(drafts[i].Features);
                    }
                }
            }
        }

        return new CrossValidation(drafts, folds, probabilities, ThresholdChoice.Choose(drafts, probabilities, options));
    }

    /// <summary>The training examples of one category: every draft outside the held-out fold; for leader-opinion only
    /// drafts by managers, directors or an unknown role, the only ones rule 5 applies to.</summary>
    private static List<LabelledExample> Examples(IReadOnlyList<PreparedDraft> drafts, int category, int[]? folds, int heldOut)
    {
        var leader = VerdictPolicy.Categories[category].Id == "leader-opinion";
        return [.. drafts.Where((d, i) => (folds is null || folds[i] != heldOut) && !(leader && d.NotALeader))
            .Select(d => new LabelledExample(d.Features, d.Labels[category] ? 1 : 0))];
    }
}
