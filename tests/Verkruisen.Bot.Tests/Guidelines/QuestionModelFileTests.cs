using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class QuestionModelFileTests
{
    [Fact]
    public void ReadEmbedded_ShippedModel_IsWhatTheCorpusTrains()
    {
        var analyzer = QuestionEngine.CreateAnalyzer();
        var shipped = QuestionModelFile.ReadEmbedded(analyzer);
        Assert.NotNull(shipped);

        var trained = QuestionModelTrainer.Train(Protocol.Load(), analyzer, CorpusReader.ReadQuestions(RepoPaths.InRepo("corpus", "questions")));

        // Run scripts/train.sh when this fails: the corpus or the training changed, and the shipped model did not.
        Assert.Equal(trained.Featurizer.Options, shipped.Featurizer.Options);
        Assert.Equal(trained.ExpandTerms, shipped.ExpandTerms);
        AssertSame(trained.SectionModel, shipped.SectionModel);
        Assert.Equal(trained.KindModel is null, shipped.KindModel is null);
        if (trained.KindModel is not null)
        {
            AssertSame(trained.KindModel, shipped.KindModel!);
        }
    }

    [Fact]
    public void WriteThenRead_Model_KeepsEveryWeight()
    {
        var analyzer = QuestionEngine.CreateAnalyzer();
        var corpus = new CorpusQuestion[]
        {
            new("1", "mag ik foto's van de klas op facebook zetten", ["10"], "answer"),
            new("2", "wanneer is de kerstvakantie", [], "out-of-scope"),
            new("3", "hoi", [], "help"),
        };
        var options = new QuestionModelOptions { Features = new FeatureOptions { Bits = 10 }, Training = new TrainingSettings { MaxIterations = 20 } };
        var model = QuestionModelTrainer.Train(Protocol.Load(), analyzer, corpus, options);
        using var stream = new MemoryStream();

        QuestionModelFile.Write(stream, model);
        stream.Position = 0;
        var read = QuestionModelFile.Read(stream, analyzer);

        Assert.Equal(model.Featurizer.Options, read.Featurizer.Options);
        AssertSame(model.SectionModel, read.SectionModel);
    }

    private static void AssertSame(MulticlassLinearModel expected, MulticlassLinearModel actual)
    {
        Assert.Equal(expected.Classes, actual.Classes);
        Assert.Equal(expected.Dimension, actual.Dimension);
        Assert.Equal(expected.Biases, actual.Biases);
        Assert.True(expected.FlatWeights.SequenceEqual(actual.FlatWeights), "the weights differ");
    }
}
