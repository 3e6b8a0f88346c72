using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// A teacher in the Teams-like client asks a question (and opens the whole protocol from the answer) and pastes a post
/// without "controleer:" (a draft checked with "controleer:" is the first step of MyDataEndToEndTests). The Playground sends messages and clicks as en-US, but a Dutch text is
/// answered in Dutch, and a click is answered in the language of the card it was on.
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed partial class AskAndCheckEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task DutchQuestion_InEnglishPlayground_AnswersInDutchAndTheAnswerStaysUnderTheWholeProtocol()
    {
        await using var chat = await fixture.OpenAsync(fixture.Playground);
        await chat.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1); // the chat is there: counts below start from it
        var answers = chat.Page.GetByRole(AriaRole.Heading, new() { Name = "Antwoord", Exact = true });
        var protocols = chat.Page.GetByRole(AriaRole.Heading, new() { NameRegex = WholeProtocolHeading() });
        var (answersBefore, protocolsBefore) = (await answers.CountAsync(), await protocols.CountAsync());

        // The Playground's client runs in English (en-US); a Dutch question still gets a Dutch answer (issue 15, item 6).
        await chat.SayAsync("Mag ik foto's van mijn klas op Instagram zetten?");

        await answers.Nth(answersBefore).WaitForAsync();
        await chat.WaitForTextAsync("Regel 10");
        await chat.WaitForTextAsync("schriftelijk toestemming gevraagd aan ouders");
        await chat.ScreenshotAsync("answer-card");

        // "Toon het hele protocol" shows more: the protocol comes as a new message below, the answer stays (issue 18, item 1).
        // The click carries the client's en-US, but the card was Dutch: so is the protocol card, buttons and all.
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Toon het hele protocol" }).Last.ClickAsync();

        await protocols.Nth(protocolsBefore).WaitForAsync();
        Assert.Equal(answersBefore + 1, await answers.CountAsync());
        var answer = await answers.Last.BoundingBoxAsync();
        var protocol = await protocols.Last.BoundingBoxAsync();
        Assert.True(answer!.Y < protocol!.Y, "The whole protocol arrives below the answer.");
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Ik twijfel nog: vraag mijn leidinggevende" }).Nth(answersBefore).WaitForAsync();
        await answers.Last.ScrollIntoViewIfNeededAsync(); // the screenshot shows the answer with the protocol under it
        await chat.ScreenshotAsync("answer-card-kept-under-protocol");
    }

    [Fact]
    public async Task PastedPost_WithoutCheckPrefix_IsOfferedACheckAndCheckedInOneClick()
    {
        const string post = "Emma uit groep 6 heeft dyscalculie en krijgt daarom extra tijd. Knap hoe ze dat doet! #trots";
        await using var chat = await fixture.OpenAsync(fixture.Playground);
        await chat.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);
        var offers = chat.Page.GetByRole(AriaRole.Heading, new() { Name = "Wil je dat ik dit bericht controleer?", Exact = true });
        var before = await offers.CountAsync();

        // No "controleer:" in front: the text reads like a post (sentences, an exclamation, a hashtag), not a question
        // (issue 18, item 3). It is Dutch, so the offer is Dutch whatever the client's locale.
        await chat.SayAsync(post);

        await offers.Nth(before).WaitForAsync();
        await chat.ScreenshotAsync("pasted-post-offer");

        var verdicts = chat.Page.GetByRole(AriaRole.Heading, new() { Name = "⛔ Niet plaatsen", Exact = true });
        var verdictsBefore = await verdicts.CountAsync();
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Controleer dit bericht", Exact = true }).Last.ClickAsync();

        // The click carries the client's locale (en-US in the Playground), but the offer was Dutch: so is the verdict.
        await verdicts.Nth(verdictsBefore).WaitForAsync();
        await chat.WaitForTextAsync("Regel 3");
        Assert.Equal(0, await chat.CountTextAsync("⛔ Do not post"));
        Assert.Equal(before, await offers.CountAsync()); // the offer became the verdict: its state changed
        await chat.ScreenshotAsync("pasted-post-checked");
    }

    /// <summary>The whole protocol's title, as the Dutch card shows it.</summary>
    [GeneratedRegex("^Social-media-protocol obs BM Verkruisen$")]
    private static partial Regex WholeProtocolHeading();
}
