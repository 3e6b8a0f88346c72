namespace Verkruisen.Bot.Learning;

/// <summary>A featurized training example: its class index (multiclass) or 1/0 (binary), and its weight.</summary>
public sealed record LabelledExample(SparseFeatures Features, int Label, float Weight = 1);
