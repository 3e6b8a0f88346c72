using Verkruisen.Bot.Teams;

namespace Verkruisen.Bot.Tests.Teams;

public sealed class BotCommandsTests
{
    [Theory]
    [InlineData("help", "help", "")]
    [InlineData("Help!", "help", "")]
    [InlineData("controleer: Morgen gaan we naar het museum", "controleer", "Morgen gaan we naar het museum")]
    [InlineData("controleer Morgen gaan we naar het museum", "controleer", "Morgen gaan we naar het museum")]
    [InlineData("check: Tomorrow we visit the museum", "controleer", "Tomorrow we visit the museum")]
    [InlineData("  Vraag goedkeuring  ", "vraag goedkeuring", "")]
    [InlineData("ask approval", "vraag goedkeuring", "")]
    [InlineData("overzicht", "overzicht", "")]
    [InlineData("digest", "overzicht", "")]
    public void Find_CommandWordInEitherLanguage_FindsTheCommandAndItsText(string text, string dutch, string argument)
    {
        var match = BotCommands.Find(text);

        Assert.NotNull(match);
        Assert.Equal(dutch, match.Command.Dutch);
        Assert.Equal(argument, match.Argument);
    }

    [Theory]
    [InlineData("Mag ik foto's van mijn klas op Instagram zetten?")]
    [InlineData("controleren is lastig")]
    [InlineData("helpdesk")]
    [InlineData("")]
    public void Find_QuestionOrOtherWord_FindsNoCommand(string text) => Assert.Null(BotCommands.Find(text));

    [Fact]
    public void All_Words_AreUniqueAcrossCommandsAndLanguages()
    {
        var words = BotCommands.All.SelectMany(c => c.Words).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
