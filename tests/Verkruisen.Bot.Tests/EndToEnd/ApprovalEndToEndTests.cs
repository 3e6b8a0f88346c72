using Microsoft.Playwright;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// Rule 8 in two real browsers: Alex Wilber (the Playground's default user) asks approval in one Agents Playground;
/// his manager Megan Bowen (the Development static directory says so) has a second Playground of her own, where
/// the card arrives proactively and she approves it; Alex's card and chat show the decision.
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed class ApprovalEndToEndTests(PlaygroundFixture fixture)
{
    private const string MeganConfig = """
        version: "0.1.1"
        tenantId: 00000000-0000-0000-0000-0000000000001
        bot:
          id: 00000000-0000-0000-0000-00000000000011
          name: Test Bot
        currentUser:
          id: user-id-1
          name: Megan Bowen
          userPrincipleName: meganb@example.com
          aadObjectId: 00000000-0000-0000-0000-0000000000021
          givenName: Megan
          surname: Bowen
          email: meganb@example.com
        users:
          - id: user-id-0
            name: Alex Wilber
            userPrincipleName: alexw@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000020
            givenName: Alex
            surname: Wilber
            email: alexw@example.com
          - id: user-id-2
            name: Adele Vance
            userPrincipleName: adelev@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000022
            givenName: Adele
            surname: Vance
            email: adelev@example.com
          - id: user-id-3
            name: Isaiah Langer
            userPrincipleName: isaiah@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000023
            givenName: Isaiah
            surname: Langer
            email: isaiahl@example.com
          - id: user-id-4
            name: Patti Fernandez
            userPrincipleName: pattif@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000024
            givenName: Patti
            surname: Fernandez
            email: pattif@example.com
          - id: user-id-5
            name: Lynne Robbins
            userPrincipleName: lynner@example.com
            aadObjectId: 00000000-0000-0000-0000-0000000000025
            givenName: Lynne
            surname: Robbins
            email: lynner@example.com
        personalChat:
          id: personal-chat-megan
        groupChat:
          id: group-chat-megan
          name: Group Chat
        team:
          id: team-id
          name: My Team
          aadGroupId: 00000000-0000-0000-0000-000000000031
          channels:
            - id: channel-announcements-id
              name: Announcements
        """;

    [Fact]
    public async Task AskApproval_ManagerApprovesInHerOwnPlayground_DecisionShowsOnBothSides()
    {
        await using var meganPlayground = await PlaygroundProcess.StartAsync(fixture.Bot.BaseUrl + "/api/messages", MeganConfig);
        await using var megan = await PlaygroundPage.OpenAsync(meganPlayground.Url);
        await megan.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1); // her chat with the bot exists now
        await using var alex = await PlaygroundPage.OpenAsync(fixture.Playground.Url);
        await alex.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);

        await alex.SayAsync("ask approval");
        await alex.Page.GetByRole(AriaRole.Heading, new() { Name = "Ask your manager for approval" }).Last.WaitForAsync();
        await alex.Page.GetByLabel("Your draft").Last.FillAsync("Here is a photo of my class at the zoo! [click](https://example.com)");
        await alex.Page.GetByLabel("Question to your manager (optional)").Last.FillAsync("Is the photo fine?");
        await alex.Page.GetByRole(AriaRole.Button, new() { Name = "Send for approval" }).Last.ClickAsync();
        await alex.WaitForTextCountAsync("Sent to Megan Bowen. You will hear here as soon as there is a decision.", 1);
        await alex.ScreenshotAsync("approval-requested");

        await megan.Page.GetByRole(AriaRole.Heading, new() { Name = "Approval request" }).Last.WaitForAsync(new() { Timeout = 20_000 });
        await megan.WaitForTextCountAsync("Here is a photo of my class at the zoo! [click](https://example.com)", 1);
        await megan.Page.GetByLabel("Comment for the requester (optional)").Last.FillAsync("Fine, no names please.");
        await megan.ScreenshotAsync("approval-card");
        await megan.Page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).Last.ClickAsync();

        await megan.Page.GetByText("✅ Approved by Megan Bowen on", new() { Exact = false }).Last.WaitForAsync(new() { Timeout = 20_000 });
        await megan.ScreenshotAsync("approval-decided");
        await alex.Page.GetByText("✅ Megan Bowen approved your post. You may post it.", new() { Exact = false }).Last.WaitForAsync(new() { Timeout = 20_000 });
        await alex.Page.GetByText("✅ Approved by Megan Bowen on", new() { Exact = false }).Last.WaitForAsync(new() { Timeout = 20_000 });
        await alex.ScreenshotAsync("approval-outcome");
    }
}
