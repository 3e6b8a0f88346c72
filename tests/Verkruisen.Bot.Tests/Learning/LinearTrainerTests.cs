using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Tests.Learning;

public sealed class LinearTrainerTests
{
    private static readonly TextFeaturizer Featurizer = new(new TextAnalyzer(), new FeatureOptions { Bits = 12 });

    private static readonly (string Text, int Label)[] Toy =
    [
        ("mag ik foto's van de klas op facebook zetten", 0),
        ("foto van leerlingen op instagram", 0),
        ("kinderen fotograferen voor de website", 0),
        ("toestemming ouders beeldmateriaal", 0),
        ("een ouder scheldt mij uit online", 1),
        ("ruzie met een moeder op facebook", 1),
        ("discussie in de reacties onder een bericht", 1),
        ("negatieve opmerking over school op twitter", 1),
        ("wanneer is de kerstvakantie", 2),
        ("hoe laat begint de gymles", 2),
        ("wat is het wachtwoord van het ouderportaal", 2),
        ("mijn laptop doet het niet", 2),
    ];

    [Fact]
    public void TrainMulticlass_SeparableTexts_PredictsTheirClass()
    {
        var model = Train();

        Assert.Equal(0, ArgMax(model.Probabilities(Featurizer.Featurize("mag ik een foto van mijn klas op instagram zetten"))));
        Assert.Equal(1, ArgMax(model.Probabilities(Featurizer.Featurize("een vader scheldt mij uit op facebook"))));
        Assert.Equal(2, ArgMax(model.Probabilities(Featurizer.Featurize("wanneer begint de zomervakantie"))));
    }

    [Fact]
    public void TrainMulticlass_Probabilities_SumToOne()
    {
        var probabilities = Train().Probabilities(Featurizer.Featurize("iets heel anders"));

        Assert.Equal(1, probabilities.Sum(), 6);
    }

    [Fact]
    public void TrainMulticlass_TwiceOnTheSameData_SameWeights()
    {
        var a = Train();
        var b = Train();

        for (var f = 0; f < Featurizer.Dimension; f++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal(a.Weight(c, f), b.Weight(c, f));
            }
        }
    }

    [Fact]
    public void TrainBinary_SeparableTexts_ProbabilityOnTheRightSide()
    {
        var examples = Toy.Select(t => new LabelledExample(Featurizer.Featurize(t.Text), t.Label == 1 ? 1 : 0)).ToList();

        var model = LinearTrainer.TrainBinary(examples, Featurizer.Dimension, new TrainingSettings { L1 = 0, L2 = 0.01f });

        Assert.True(model.Probability(Featurizer.Featurize("ruzie met een vader online")) > 0.5);
        Assert.True(model.Probability(Featurizer.Featurize("wanneer is de gymles")) < 0.5);
    }

    private static MulticlassLinearModel Train() => LinearTrainer.TrainMulticlass(
        [.. Toy.Select(t => new LabelledExample(Featurizer.Featurize(t.Text), t.Label))],
        ["photos", "dispute", "other"],
        Featurizer.Dimension,
        new TrainingSettings { L1 = 0, L2 = 0.01f });

    private static int ArgMax(double[] values) => Array.IndexOf(values, values.Max());
}
