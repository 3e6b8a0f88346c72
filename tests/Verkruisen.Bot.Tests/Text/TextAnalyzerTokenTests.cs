using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Tests.Text;

public sealed class TextAnalyzerTokenTests
{
    [Theory]
    [InlineData("De leerlingen waren ziek.", Language.Nl, "leerling", "leerlingen")]
    [InlineData("The pupils were suspended.", Language.En, "suspend", "suspended")]
    public void StemTokens_Text_GiveStemsWithTheirPlaceInTheText(string text, Language language, string stem, string original)
    {
        using var analyzer = new TextAnalyzer();

        var token = Assert.Single(analyzer.StemTokens(text, language), t => t.Term == stem);

        Assert.Equal(original, text[token.Start..token.End]);
    }

    [Fact]
    public void WordTokens_Text_KeepStopWordsFoldedWithOffsets()
    {
        using var analyzer = new TextAnalyzer();

        var tokens = analyzer.WordTokens("Geen foto's van Zoë");

        Assert.Equal(["geen", "foto's", "van", "zoe"], tokens.Select(t => t.Term));
        Assert.Equal("Zoë", "Geen foto's van Zoë"[tokens[3].Start..tokens[3].End]);
    }
}
