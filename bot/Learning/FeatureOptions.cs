namespace Verkruisen.Bot.Learning;

/// <summary>
/// How <see cref="TextFeaturizer"/> turns text into features: the size of the hashed space (2^<see cref="Bits"/>),
/// the character n-gram lengths, and the weight of each feature family (each family is L2-normalised first).
/// </summary>
public sealed record FeatureOptions
{
    public int Bits { get; init; } = 16;

    public int MinCharGram { get; init; } = 3;

    public int MaxCharGram { get; init; } = 5;

    /// <summary>Weight of the stemmed words (the project's Dutch analysis).</summary>
    public float WordWeight { get; init; } = 1f;

    /// <summary>Weight of pairs of consecutive stems.</summary>
    public float PairWeight { get; init; } = 0.7f;

    /// <summary>Weight of the character n-grams of the folded words (they carry typos, compounds, English).</summary>
    public float CharWeight { get; init; } = 1f;

    public int Dimension => 1 << Bits;
}
