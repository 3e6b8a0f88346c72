using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class KeyboardDistanceTests
{
    [Theory]
    [InlineData("facebook", "facebook", 0)]
    [InlineData("facebok", "facebook", 1)]
    [InlineData("fotso", "fotos", 1)]
    [InlineData("ouferd", "ouders", 2)]
    [InlineData("lenen", "leren", 2)]
    [InlineData("liggen", "liegen", 2)]
    public void Between_TwoWords_CountsTypistSlips(string a, string b, int expected)
    {
        Assert.Equal(expected, KeyboardDistance.Between(a, b));
    }

    [Theory]
    [InlineData('s', 'd', true)]
    [InlineData('e', 'd', true)]
    [InlineData('x', 'd', true)]
    [InlineData('n', 'r', false)]
    [InlineData('g', 'e', false)]
    public void Adjacent_TwoLetters_IsTrueForNeighbouringKeys(char x, char y, bool expected)
    {
        Assert.Equal(expected, KeyboardDistance.Adjacent(x, y));
    }
}
