namespace Verkruisen.Bot.Learning;

/// <summary>Where one feature occurrence came from in the text (character offsets), and its value in the vector.</summary>
public readonly record struct FeatureSource(int Index, float Value, int Start, int End, FeatureFamily Family);
