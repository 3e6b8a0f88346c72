using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class DutchParticipleTests
{
    [Theory]
    [InlineData("gefilmd", "filmen")]
    [InlineData("gedeeld", "delen")]
    [InlineData("doorgestuurd", "doorsturen")]
    [InlineData("zwartgemaakt", "zwartmaken")]
    [InlineData("geplaatst", "plaatsen")]
    [InlineData("aangevallen", "aanvallen")]
    public void Infinitives_Participle_IncludesTheVerb(string participle, string infinitive)
    {
        Assert.Contains(infinitive, DutchParticiple.Infinitives(participle));
    }

    [Theory]
    [InlineData("geld")]
    [InlineData("foto")]
    public void Infinitives_NoParticiple_GuessesNothing(string word)
    {
        Assert.Empty(DutchParticiple.Infinitives(word));
    }
}
