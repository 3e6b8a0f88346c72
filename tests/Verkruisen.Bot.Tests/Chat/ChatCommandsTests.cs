using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Tests.Chat;

public sealed class ChatCommandsTests
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
    public void Parse_CommandWordInEitherLanguage_FindsTheCommandAndItsText(string text, string dutch, string argument)
    {
        var match = ChatCommands.Parse(text);

        Assert.NotNull(match);
        Assert.Equal(dutch, match.Command.Dutch);
        Assert.Equal(argument, match.Argument);
    }

    [Theory]
    [InlineData("Mag ik foto's van mijn klas op Instagram zetten?")]
    [InlineData("controleren is lastig")]
    [InlineData("helpdesk")]
    [InlineData("check-in om 9 uur, mag dat op Instagram?")]
    [InlineData("controleer-lijst")]
    [InlineData("overzichtelijk?")]
    [InlineData("")]
    public void Parse_QuestionOrOtherWord_FindsNoCommand(string text) => Assert.Null(ChatCommands.Parse(text));

    [Fact]
    public void All_Words_AreUniqueAcrossCommandsAndLanguages()
    {
        var words = ChatCommands.All.SelectMany(c => c.Words).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
