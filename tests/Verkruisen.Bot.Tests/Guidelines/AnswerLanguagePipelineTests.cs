using System.Net;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Guidelines;

/// <summary>
/// The answer is in the language the question is written in, whatever the client's locale (Teams clients often run
/// in English while staff write Dutch); the locale decides only when the text is too short to tell.
/// Through /api/messages, the real pipeline and a fake Connector.
/// </summary>
public sealed class AnswerLanguagePipelineTests : PipelineTest
{
    [Theory]
    [InlineData("Mag ik foto's van mijn klas op Instagram zetten?", "en-US", "Toon het hele protocol")]
    [InlineData("mag ik in de groepsapp van de ouders of niet", "en-US", "Toon het hele protocol")]
    [InlineData("Can I post photos of my class on Instagram?", "nl-NL", "Show the whole protocol")]
    [InlineData("Is it ok if I join the parents' WhatsApp group?", null, "Show the whole protocol")]
    [InlineData("TikTok?", "en-US", "Show the whole protocol")]
    [InlineData("TikTok?", "nl-NL", "Toon het hele protocol")]
    public async Task Post_Question_AnswersInTheLanguageItIsWrittenIn(string question, string? locale, string expected)
    {
        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, question, locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(await Connector.WaitForDeliveredAsync(1)).Card!.ToString();
        Assert.Contains(expected, card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoe laat begint de gymles morgen eigenlijk?", "en-US", "Daar kan ik je niet mee helpen")]
    [InlineData("When does the Christmas holiday start this year?", "nl-NL", "I cannot help you with that")]
    public async Task Post_OutOfScopeQuestion_SaysSoInTheLanguageItIsWrittenIn(string question, string locale, string expected)
    {
        await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, question, locale));

        var card = Assert.Single(await Connector.WaitForDeliveredAsync(1)).Card!.ToString();
        Assert.Contains(expected, card, StringComparison.Ordinal);
    }
}
