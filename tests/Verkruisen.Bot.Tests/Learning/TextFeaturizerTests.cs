using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Tests.Learning;

public sealed class TextFeaturizerTests
{
    private static readonly TextFeaturizer Featurizer = new(new TextAnalyzer());

    [Fact]
    public void Featurize_SameText_SameVector()
    {
        var a = Featurizer.Featurize("Mag ik foto's van mijn klas op Instagram zetten?");
        var b = Featurizer.Featurize("Mag ik foto's van mijn klas op Instagram zetten?");

        Assert.Equal(a.Indices, b.Indices);
        Assert.Equal(a.Values, b.Values);
        Assert.True(a.Indices.Zip(a.Indices.Skip(1)).All(p => p.First < p.Second), "indices must be strictly increasing");
        Assert.All(a.Indices, i => Assert.InRange(i, 0, Featurizer.Dimension - 1));
    }

    [Fact]
    public void Featurize_TypoOfTheSameWord_SharesMostFeatures()
    {
        var right = Featurizer.Featurize("facebook");
        var typo = Featurizer.Featurize("facebok");
        var other = Featurizer.Featurize("rooster");

        Assert.True(Cosine(right, typo) > 0.4, $"typo similarity {Cosine(right, typo)}");
        Assert.True(Cosine(right, other) < 0.1, $"unrelated similarity {Cosine(right, other)}");
    }

    [Fact]
    public void Featurize_Inflections_ShareTheStem()
    {
        var plural = Featurizer.Featurize("leerlingen");
        var singular = Featurizer.Featurize("leerling");

        Assert.True(Cosine(plural, singular) > 0.5, $"similarity {Cosine(plural, singular)}");
    }

    [Fact]
    public void Featurize_EachFamily_IsNormalisedAndWeighted()
    {
        var options = new FeatureOptions { WordWeight = 1, PairWeight = 0, CharWeight = 0 };
        var words = new TextFeaturizer(new TextAnalyzer(), options).Featurize("klas foto klas");

        var norm = Math.Sqrt(words.Values.Sum(v => (double)v * v));
        Assert.Equal(1, norm, 3);
        Assert.Equal(2, words.Count);
    }

    [Fact]
    public void Featurize_EmptyText_NoFeatures() => Assert.Equal(0, Featurizer.Featurize("  ").Count);

    [Fact]
    public void Explain_OneWeightedWord_NamesThatWord()
    {
        const string text = "mag ik een foto van Sem op facebook zetten";
        var target = Featurizer.Featurize("facebook");
        var weights = target.Indices.ToHashSet();

        var explained = Featurizer.Explain(text, i => weights.Contains(i) ? 1f : 0f, top: 1);

        Assert.Equal("facebook", Assert.Single(explained).In(text));
    }

    [Fact]
    public void WithExtra_DenseFeatures_FollowTheHashedOnes()
    {
        var features = Featurizer.Featurize("klas").WithExtra(Featurizer.Dimension, [0f, 2f, 0f, 1f]);

        Assert.Equal([Featurizer.Dimension + 1, Featurizer.Dimension + 3], features.Indices[^2..]);
        Assert.Equal([2f, 1f], features.Values[^2..]);
    }

    internal static double Cosine(SparseFeatures a, SparseFeatures b)
    {
        var map = a.Indices.Zip(a.Values).ToDictionary(p => p.First, p => (double)p.Second);
        var dot = b.Indices.Zip(b.Values).Sum(p => map.GetValueOrDefault(p.First) * p.Second);
        return dot / Math.Sqrt(a.Values.Sum(v => (double)v * v) * b.Values.Sum(v => (double)v * v));
    }
}
