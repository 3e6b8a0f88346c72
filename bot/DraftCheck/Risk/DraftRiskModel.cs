using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// The learned draft models: how text is featurized, and one <see cref="CategoryModel"/> per risk category in the
/// order of <see cref="VerdictPolicy.Categories"/>. Plain arrays, read-only and thread-safe.
/// </summary>
public sealed class DraftRiskModel
{
    public DraftRiskModel(FeatureOptions features, IReadOnlyList<CategoryModel> categories, string trainedOn = "")
    {
        TrainedOn = trainedOn;
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(categories);
        if (!categories.Select(c => c.Id).SequenceEqual(VerdictPolicy.Categories.Select(c => c.Id)))
        {
            throw new InvalidDataException("The draft model's categories are not those of the verdict policy.");
        }

        Features = features;
        Categories = categories;
        Thresholds = [.. categories.Select(c => c.Threshold)];
    }

    public FeatureOptions Features { get; }

    /// <summary>The fingerprint of the corpus the models were trained on (<see cref="CorpusFingerprint"/>).</summary>
    public string TrainedOn { get; }

    public IReadOnlyList<CategoryModel> Categories { get; }

    public IReadOnlyList<RiskThreshold> Thresholds { get; }

    /// <summary>The hashed text features and the detectors' dense features after them.</summary>
    public int Dimension => Features.Dimension + DraftSignals.Count;

    /// <summary>The probability of every category, in policy order.</summary>
    public void Probabilities(SparseFeatures features, Span<double> into)
    {
        for (var c = 0; c < Categories.Count; c++)
        {
            into[c] = Categories[c].Model.Probability(features);
        }
    }
}
