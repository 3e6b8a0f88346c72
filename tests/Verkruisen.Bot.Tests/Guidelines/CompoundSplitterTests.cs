using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = new(["foto", "kerst", "groep", "klas", "ouder", "overleg"]);

    [Theory]
    [InlineData("kerstfoto", "foto,kerst")]
    [InlineData("klassengroep", "groep,klas")]
    [InlineData("zwemfoto", "foto")]
    [InlineData("oudersoverleg", "overleg,ouder")]
    [InlineData("fototoestel", "")]
    [InlineData("foto", "")]
    public void Split_Word_GivesTheKnownHeadAndModifier(string word, string expected)
    {
        Assert.Equal(expected, string.Join(',', Splitter.Split(word)));
    }
}
