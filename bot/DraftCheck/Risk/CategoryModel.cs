using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>One risk category's binary model (one-vs-rest over the shared features) and its thresholds.</summary>
public sealed record CategoryModel(string Id, BinaryLinearModel Model, RiskThreshold Threshold);
