using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Tests.Learning;

public sealed class FoldsTests
{
    [Fact]
    public void Stratified_EveryLabel_SpreadOverEveryFold()
    {
        var labels = Enumerable.Range(0, 50).Select(i => i % 5 == 0 ? "rare" : "common").ToList();

        var folds = Folds.Stratified(labels, 5);

        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(2, Enumerable.Range(0, 50).Count(i => folds[i] == k && labels[i] == "rare"));
            Assert.Equal(8, Enumerable.Range(0, 50).Count(i => folds[i] == k && labels[i] == "common"));
        }
    }

    [Fact]
    public void Stratified_SameSeed_SameFolds() =>
        Assert.Equal(Folds.Stratified(["a", "b", "a", "c", "b", "a"], 2, seed: 7), Folds.Stratified(["a", "b", "a", "c", "b", "a"], 2, seed: 7));
}
