using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class QuestionEngineTests
{
    private static readonly QuestionEngine Engine = QuestionEngine.CreateDefault();

    [Theory]
    [InlineData("mag ik fotoos van leerlingn op facebok zetten", "10")]
    [InlineData("Mag opa de kerstmusical filmen?", "11")]
    [InlineData("Ik hoef toch niet in de klassenapp van de ouders?", "12")]
    [InlineData("Een vader zet lelijke reacties over mij op fb", "4")]
    [InlineData("Mag ik het adres van een leerling doorgeven in de app?", "3")]
    [InlineData("Mag de directeur op LinkedIn iets politieks delen?", "5")]
    [InlineData("Valt Snapchat onder het protocol?", "scope")]
    [InlineData("Who approved this protocol?", "adoption")]
    [InlineData("I am not sure whether I may post this, who do I ask?", "8")]
    [InlineData("mag ik een zwemfoto op facebook zetten", "10")]
    [InlineData("moet ik in de klassen app blijven", "12")]
    [InlineData("mag ik een foto van de sportdag op insta delen", "10")]
    [InlineData("mag een oma foto's maken op de sportdag", "11")]
    public void Answer_EverydayQuestion_CitesTheRuleFirst(string question, string rule)
    {
        var result = Engine.Answer(question);

        Assert.Equal(QuestionKind.Answer, result.Kind);
        Assert.Equal(rule, result.RuleIds.First());
    }

    [Theory]
    [InlineData("Wanneer begint de zomervakantie?")]
    [InlineData("Heb je een recept voor pannenkoeken?")]
    [InlineData("What is the weather tomorrow?")]
    [InlineData("waar staat de printer")]
    [InlineData("waar kan ik een beamer lenen")]
    [InlineData("wie heeft er morgen pleindienst")]
    public void Answer_OffTopic_IsOutOfScopeWithoutRules(string question)
    {
        var result = Engine.Answer(question);

        Assert.Equal(QuestionKind.OutOfScope, result.Kind);
        Assert.Empty(result.RuleIds);
    }

    [Theory]
    [InlineData("hoi")]
    [InlineData("Goedemiddag!")]
    [InlineData("help")]
    [InlineData("wat kun jij?")]
    [InlineData("")]
    [InlineData("dank je wel")]
    [InlineData("hoe werkt deze bot")]
    public void Answer_GreetingOrHelp_IsHelp(string question)
    {
        Assert.Equal(QuestionKind.Help, Engine.Answer(question).Kind);
    }

    [Fact]
    public void Answer_VagueQuestion_IsNotConfident()
    {
        var result = Engine.Answer("mag ik dit posten?");

        Assert.Equal(QuestionKind.Answer, result.Kind);
        Assert.False(result.Confident);
    }

    [Theory]
    [InlineData("Can I post pictures of my pupils?", Language.En)]
    [InlineData("Mag ik foto's van mijn leerlingen posten?", Language.Nl)]
    public void Answer_Question_DetectsItsLanguage(string question, Language language)
    {
        Assert.Equal(language, Engine.Answer(question).Language);
    }

    [Theory]
    [InlineData("TikTok?")]
    [InlineData("help")]
    [InlineData("Instagram ok?")]
    public void Answer_TooShortToTell_NoLanguage(string question)
    {
        Assert.Null(Engine.Answer(question).Language);
    }

    [Fact]
    public void Answer_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        var expected = Engine.Answer("moet ik in de groepsapp?").RuleIds.First();

        Parallel.For(0, 200, _ => Assert.Equal(expected, Engine.Answer("moet ik in de groepsapp?").RuleIds.First()));
    }
}
