using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>How the draft models are trained and their thresholds chosen.</summary>
internal sealed record DraftTrainingOptions
{
    public TrainingSettings Training { get; init; } = new();

    public FeatureOptions Features { get; init; } = new();

    public int Folds { get; init; } = 5;

    /// <summary>The share of risky drafts (held out) that must not get "mag".</summary>
    public double RiskyCaught { get; init; } = 0.99;

    /// <summary>
    /// The lowest doubt threshold a category may get: below it a category's doubt rests on a few held-out drafts and
    /// raises its rule on many harmless ones; the overall doubt (any-risk, which has no minimum) catches those drafts instead.
    /// </summary>
    public double MinimumDoubt { get; init; } = 0.05;

    /// <summary>The probability at which a category counts as present.</summary>
    public double Present { get; init; } = 0.5;
}
