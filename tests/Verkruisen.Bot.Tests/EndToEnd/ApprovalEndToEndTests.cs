using Microsoft.Playwright;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// Rule 8 in two browser contexts: Alex Wilber (the Playground's default user) asks approval in one Agents Playground;
/// his manager Megan Bowen (the Development static directory says so) has a second Playground of her own, where
/// the card arrives proactively and she approves it; Alex's card and chat show the decision.
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed class ApprovalEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task AskApproval_ManagerApprovesInHerOwnPlayground_DecisionShowsOnBothSides()
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
        await alex.ScreenshotAsync("approval-outcome");
    }
}
