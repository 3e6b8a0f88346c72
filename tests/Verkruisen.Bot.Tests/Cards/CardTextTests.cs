using Verkruisen.Bot.Cards;

namespace Verkruisen.Bot.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("[klik](https://evil.example)", "\\[klik\\]\\(https://evil.example\\)")]
    [InlineData("<at>Directeur</at>", "\\<at\\>Directeur\\</at\\>")]
    [InlineData("**vet** en _schuin_", "\\*\\*vet\\*\\* en \\_schuin\\_")]
    [InlineData("Gewone tekst, 3 foto's.", "Gewone tekst, 3 foto's.")]
    public void Escape_MarkupInUserText_IsNeutralised(string input, string expected) =>
        Assert.Equal(expected, CardText.Escape(input));

    [Fact]
    public void Serialize_TextBlock_WrapsAndCarriesVersion()
    {
        var json = CardJson.Serialize(new AdaptiveCard { Language = Verkruisen.Bot.Localization.Language.Nl, Body = [new TextBlock("Hallo")] });
        Assert.Contains("\"version\":\"1.5\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"TextBlock\"", json, StringComparison.Ordinal);
        Assert.Contains("\"wrap\":true", json, StringComparison.Ordinal);
    }
}
