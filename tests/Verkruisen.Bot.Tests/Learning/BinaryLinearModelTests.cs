using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Tests.Learning;

public sealed class BinaryLinearModelTests
{
    private const int Dimension = 1_000;

    [Fact]
    public void Score_EqualsTheDenseDotProduct()
    {
        var random = new Random(16);
        var dense = new float[Dimension];
        for (var i = 0; i < Dimension; i++)
        {
            dense[i] = random.Next(3) == 0 ? (float)(random.NextDouble() - 0.5) : 0;
        }

        var model = new BinaryLinearModel(dense, 0.25f);

        for (var sample = 0; sample < 50; sample++)
        {
            var indices = Enumerable.Range(0, Dimension + 10).Where(_ => random.Next(20) == 0).ToArray();
            var values = indices.Select(_ => (float)random.NextDouble()).ToArray();
            var features = new SparseFeatures(indices, values);
            double expected = 0.25f;
            for (var i = 0; i < indices.Length; i++)
            {
                if (indices[i] < Dimension)
                {
                    expected += dense[indices[i]] * values[i];
                }
            }

            Assert.Equal(expected, model.Score(features));
        }

        Assert.All(Enumerable.Range(0, Dimension + 10), i => Assert.Equal(i < Dimension ? dense[i] : 0, model.Weight(i)));
        Assert.Equal(dense.Count(w => w != 0), model.NonZeroWeights);
    }

    [Fact]
    public void FromNonZero_InAnyOrder_TheLastWeightOfAFeatureWinsAndZerosAreDropped()
    {
        var model = BinaryLinearModel.FromNonZero(200, [130, 5, 64, 5, 63, 199], [1f, 2f, 3f, 4f, 0f, -1f], 0.5f);

        Assert.Equal(4f, model.Weight(5));
        Assert.Equal(3f, model.Weight(64));
        Assert.Equal(1f, model.Weight(130));
        Assert.Equal(-1f, model.Weight(199));
        Assert.Equal(0f, model.Weight(63));
        Assert.Equal(0f, model.Weight(6));
        Assert.Equal(4, model.NonZeroWeights);
        Assert.Equal(200, model.Dimension);
    }

    [Fact]
    public void FromNonZero_IndexOutsideTheDimension_Throws() =>
        Assert.Throws<ArgumentException>(() => BinaryLinearModel.FromNonZero(10, [10], [1f], 0));
}
