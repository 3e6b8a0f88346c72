using System.Net;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Chat;

/// <summary>
/// Every chat feature answers in the language the message is written in, not only the questions: a Dutch draft
/// checked from an English client gets a Dutch verdict, an English one from a Dutch client an English verdict; a
/// message too short to tell ("help", "mijn gegevens") follows the client's locale. Real pipeline, fake Connector.
/// </summary>
public sealed class WrittenLanguagePipelineTests : PipelineTest
{
    [Theory]
    [InlineData("controleer: Emma uit groep 6 heeft dyscalculie en krijgt daarom extra tijd.", "en-US", "⛔ Niet plaatsen")]
    [InlineData("check: Emma from year 6 has dyscalculia, so she gets extra time in every test.", "nl-NL", "⛔ Do not post")]
    [InlineData("help", "en-US", "What you can do:")]
    [InlineData("help", "nl-NL", "Wat je kunt doen:")]
    public async Task Post_Message_IsAnsweredInTheLanguageItIsWrittenIn(string text, string locale, string expected)
    {
        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, text, locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(await Connector.WaitForDeliveredAsync(1)).Card!.ToString();
        Assert.True(card.Contains(expected, StringComparison.Ordinal), card);
    }
}
