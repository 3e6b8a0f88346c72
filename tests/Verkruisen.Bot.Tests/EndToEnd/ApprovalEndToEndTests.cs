using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// Rule 8 in two browser contexts: Alex Wilber (the Playground's default user) asks in one Agents Playground; his
/// manager Megan Bowen (the Development static directory says so) has a second Playground of her own, where the card
/// arrives proactively and she approves a draft or answers a question; Alex's chat shows the outcome. (A request to an
/// approver with no chat yet, and to the fallback approver, are pipeline tests: ApprovalReachTests and ApprovalFlowTests.)
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed partial class ApprovalEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task AskApproval_ManagerApprovesInHerOwnPlayground_DecisionShowsOnBothSidesAndNamesThePost()
    {
        await using var megan = await fixture.OpenAsync(fixture.ManagerPlayground);
        await megan.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1); // her chat with the bot exists now
        await using var alex = await fixture.OpenAsync(fixture.Playground);
        await alex.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);

        await alex.SayAsync("ask approval");
        await alex.Page.GetByRole(AriaRole.Heading, new() { Name = "Ask your manager for approval" }).Last.WaitForAsync();
        await alex.Page.GetByLabel("Your draft").Last.FillAsync("Here is a photo of my class at the zoo! [click](https://example.com)");
        await alex.Page.GetByLabel("Question to your manager (optional)").Last.FillAsync("Is the photo fine?");
        await alex.Page.GetByRole(AriaRole.Button, new() { Name = "Send for approval" }).Last.ClickAsync();
        await alex.WaitForTextCountAsync("Sent to Megan Bowen. You will hear here as soon as there is a decision.", 1);
        await alex.ScreenshotAsync("approval-requested");

        await megan.Page.GetByRole(AriaRole.Heading, new() { Name = "Approval request" }).Last.WaitForAsync();
        await megan.WaitForTextCountAsync("Here is a photo of my class at the zoo! [click](https://example.com)", 1);
        await megan.Page.GetByLabel("Comment for the requester (optional)").Last.FillAsync("Fine, no names please.");
        await megan.ScreenshotAsync("approval-card");
        await megan.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).Last.ClickAsync();

        await megan.Page.GetByText("✅ Approved by Megan Bowen on", new() { Exact = false }).Last.WaitForAsync();
        await megan.ScreenshotAsync("approval-decided");
        await alex.Page.GetByText("✅ Megan Bowen approved your post. You may post it.", new() { Exact = false }).Last.WaitForAsync();
        await alex.Page.GetByText("✅ Approved by Megan Bowen on", new() { Exact = false }).Last.WaitForAsync();

        // The outcome stands alone: the date of the request, the platform and the first words of the post (issue 18, item 4).
        await alex.WaitForTextAsync(OutcomeNamesThePost());
        await alex.ScreenshotAsync("approval-outcome");
    }

    [Fact]
    public async Task StillInDoubt_OnAnAnswer_ManagerRepliesOnTheCardAndTheTeacherGetsTheReply()
    {
        const string question = "Mag ik een foto van de kerstviering van groep 4 op de Facebookpagina van de school zetten?";
        const string reply = "Ja, als alle ouders van groep 4 schriftelijk toestemming gaven. Zet er geen namen bij.";
        await using var megan = await fixture.OpenAsync(fixture.ManagerPlayground);
        await megan.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);
        await using var alex = await fixture.OpenAsync(fixture.Playground);
        await alex.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);

        await alex.SayAsync(question);
        var askManager = alex.Page.GetByRole(AriaRole.Button, new() { Name = "Ik twijfel nog: vraag mijn leidinggevende", Exact = true });
        await askManager.Last.WaitForAsync();
        var answersShown = await alex.Page.GetByRole(AriaRole.Heading, new() { Name = "Antwoord", Exact = true }).CountAsync();
        await askManager.Last.ClickAsync();

        // The question itself goes (no form to fill); the answer card stays and a status card follows, in the Dutch
        // answer card's language although the click carries the Playground's en-US.
        await alex.Page.GetByRole(AriaRole.Heading, new() { Name = "Je vraag aan je leidinggevende" }).Last.WaitForAsync();
        await alex.WaitForTextAsync("⏳ Wacht op een antwoord van Megan Bowen.");
        Assert.Equal(answersShown, await alex.Page.GetByRole(AriaRole.Heading, new() { Name = "Antwoord", Exact = true }).CountAsync());
        await alex.ScreenshotAsync("question-to-manager-sent");

        // Megan gets the question, the bot's answer and its rules, and a text field to reply in, in her own language.
        await megan.Page.GetByRole(AriaRole.Heading, new() { Name = "A question from a colleague" }).Last.WaitForAsync();
        await megan.WaitForTextCountAsync(question, 1);
        await megan.Page.GetByLabel("Your answer").Last.FillAsync(reply);
        await megan.ScreenshotAsync("question-to-manager-card");
        await megan.Page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).Last.ClickAsync();

        await megan.Page.GetByText("💬 Answered by Megan Bowen on", new() { Exact = false }).Last.WaitForAsync();
        await megan.ScreenshotAsync("question-to-manager-answered");
        await alex.Page.GetByText("💬 Megan Bowen heeft je vraag beantwoord:", new() { Exact = false }).Last.WaitForAsync();
        await alex.WaitForTextAsync(reply);
        await alex.ScreenshotAsync("question-to-manager-reply");
    }

    [GeneratedRegex(@"This is about your request of \d{1,2} \w+ \d{4} \d{2}:\d{2} \(facebook\): “Here is a photo of my class at the zoo!")]
    private static partial Regex OutcomeNamesThePost();
}
