using Verkruisen.Bot.DraftCheck;

namespace Verkruisen.Bot.Tests.DraftCheck;

public sealed class DraftContextParserTests
{
    [Theory]
    [InlineData("teacher", AuthorRole.Teacher)]
    [InlineData("leerkracht", AuthorRole.Teacher)]
    [InlineData("support", AuthorRole.Support)]
    [InlineData("onderwijsassistent", AuthorRole.Support)]
    [InlineData("IB'er", AuthorRole.Support)]
    [InlineData("ib’er", AuthorRole.Support)]
    [InlineData("conciërge", AuthorRole.Support)]
    [InlineData("concierge", AuthorRole.Support)]
    [InlineData("administratie", AuthorRole.Support)]
    [InlineData("intern", AuthorRole.Intern)]
    [InlineData("Stagiair", AuthorRole.Intern)]
    [InlineData("manager", AuthorRole.Manager)]
    [InlineData("leidinggevende", AuthorRole.Manager)]
    [InlineData("director", AuthorRole.Director)]
    [InlineData("directeur", AuthorRole.Director)]
    [InlineData(null, AuthorRole.Unknown)]
    [InlineData("  ", AuthorRole.Unknown)]
    public void Parse_RoleWord_GivesTheRole(string? word, AuthorRole expected)
    {
        var (context, error) = DraftContextParser.Parse("facebook", false, "personal", word);

        Assert.Null(error);
        Assert.Equal(expected, context!.Role);
    }

    [Theory]
    [InlineData("support", false)]
    [InlineData("intern", false)]
    [InlineData("teacher", false)]
    [InlineData("manager", true)]
    [InlineData("director", true)]
    public void Parse_Role_OnlyManagersAndDirectorsRepresentTheSchool(string word, bool manager) =>
        Assert.Equal(manager, DraftContextParser.Parse(null, null, null, word).Context!.IsManager);

    [Fact]
    public void Parse_UnknownRole_NamesEveryRole()
    {
        var (context, error) = DraftContextParser.Parse(null, null, null, "wethouder");

        Assert.Null(context);
        Assert.Equal("role must be \"teacher\", \"support\", \"intern\", \"manager\" or \"director\"", error);
    }
}
