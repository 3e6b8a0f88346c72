namespace Verkruisen.Bot.Learning;

/// <summary>The kinds of features <see cref="TextFeaturizer"/> produces; each hashes with its own seed.</summary>
public enum FeatureFamily
{
    Word,
    Pair,
    CharGram,
}
