namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// A teacher in the Teams-like client asks a question and checks a draft. The Playground sends messages as
/// en-US, so the cards are English; the protocol is quoted in its original Dutch.
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed class AskAndCheckEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task DutchQuestion_InEnglishPlayground_AnswersInDutchWithRuleTenQuoted()
    {
        await using var chat = await fixture.OpenAsync(fixture.Playground);

        // The Playground's client runs in English (en-US); a Dutch question still gets a Dutch answer (issue 15, item 6).
        await chat.SayAsync("Mag ik foto's van mijn klas op Instagram zetten?");

        await chat.WaitForTextAsync("Regel 10");
        await chat.WaitForTextAsync("schriftelijk toestemming gevraagd aan ouders");
        await chat.ScreenshotAsync("answer-card");
    }

    [Fact]
    public async Task CheckDutchDraft_WithPupilDiagnosis_ShowsNietPlaatsenAndRegelDrieInDutch()
    {
        await using var chat = await fixture.OpenAsync(fixture.Playground);

        // The English client's locale does not decide: the draft is Dutch, so is the verdict.
        await chat.SayAsync("controleer: Emma uit groep 6 heeft dyscalculie en krijgt daarom extra tijd.");

        await chat.WaitForTextAsync("⛔ Niet plaatsen");
        await chat.WaitForTextAsync("Regel 3");
        await chat.ScreenshotAsync("verdict-card");
    }
}
