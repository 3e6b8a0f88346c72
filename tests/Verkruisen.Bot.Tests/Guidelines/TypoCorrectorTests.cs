using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Corrector = new(["facebook", "leerlingen", "whatsapp", "foto", "ouders", "leren", "liegen"]);

    [Theory]
    [InlineData("facebok", "facebook")]
    [InlineData("leerlignen", "leerlingen")]
    [InlineData("whatsap", "whatsapp")]
    [InlineData("oudres", "ouders")]
    [InlineData("rooster", null)]
    [InlineData("boto", null)]
    [InlineData("fto", null)]
    [InlineData("lenen", null)]
    [InlineData("liggen", null)]
    [InlineData("lerne", "leren")]
    public void Correct_Word_FindsTheMeantWordOrNothing(string word, string? expected)
    {
        Assert.Equal(expected, Corrector.Correct(word));
    }
}
