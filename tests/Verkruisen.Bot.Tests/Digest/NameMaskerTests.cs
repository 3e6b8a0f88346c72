using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.Digest;

public sealed class NameMaskerTests
{
    [Theory]
    [InlineData("Mag ik de foto van Emma uit groep 6 op Facebook zetten?", Language.Nl, "Mag ik de foto van [naam] uit groep 6 op Facebook zetten?")]
    [InlineData("Onze Daan is jarig, mag ik dat delen?", Language.Nl, "Onze [naam] is jarig, mag ik dat delen?")]
    [InlineData("May I post that Sophie won the spelling contest?", Language.En, "May I post that [name] won the spelling contest?")]
    [InlineData("Mag ik TikTok-filmpjes maken met mijn groep?", Language.Nl, "Mag ik TikTok-filmpjes maken met mijn groep?")]
    [InlineData("Wat als ouders klagen op Facebook?", Language.Nl, "Wat als ouders klagen op Facebook?")]
    [InlineData("", Language.Nl, "")]
    public void Mask_QuestionText_ReplacesFirstNamesOnly(string text, Language language, string expected) =>
        Assert.Equal(expected, SeededWeek.Names.Mask(text, language));
}
