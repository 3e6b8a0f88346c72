using Microsoft.Playwright;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// Rule 8 to an approver with no chat yet: Adele (no manager in the Development static directory) asks in a Playground
/// of her own; the fallback approver Lynne, whom no other test opens a chat for, gets the waiting card as soon as her
/// Playground opens, and Adele's status card says so. Neither is in Alex's tests, so this runs beside them.
/// </summary>
[Collection(OtherPeoplePlaygroundGroup.Name)]
public sealed class ApproverWithoutAChatEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task AskApproval_ApproverWithoutAChat_CardArrivesAsSoonAsHerPlaygroundOpens()
    {
        const string draft = "Morgen is de sponsorloop van groep 7! Kom allemaal aanmoedigen op het schoolplein.";
        await using var adelePlayground = await fixture.StartPlaygroundAsync(PlaygroundUsers.Adele);
        await using var adele = await fixture.OpenAsync(adelePlayground);
        await adele.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);

        // Adele has no manager in the directory: the fallback approver Lynne, whom no test has opened a chat for.
        await adele.SayAsync("ask approval");
        await adele.Page.GetByLabel("Your draft").Last.FillAsync(draft);
        await adele.Page.GetByRole(AriaRole.Button, new() { Name = "Send for approval" }).Last.ClickAsync();
        await adele.WaitForTextAsync("I could not reach Lynne Robbins yet.");
        await adele.ScreenshotAsync("pending-not-reached");

        // Lynne opens the bot for the first time: the waiting card comes with her chat, not at the next follow-up tick.
        await using var lynnePlayground = await fixture.StartPlaygroundAsync(PlaygroundUsers.Lynne);
        await using var lynne = await fixture.OpenAsync(lynnePlayground);
        await lynne.Page.GetByRole(AriaRole.Heading, new() { Name = "Approval request" }).Last.WaitForAsync();
        await lynne.WaitForTextCountAsync(draft, 1);
        await lynne.ScreenshotAsync("pending-delivered-on-open");
        Assert.Contains("delivered when the approver's chat appeared", fixture.Bot.Output, StringComparison.Ordinal);
        await adele.WaitForTextAsync("Sent to Lynne Robbins. You will hear here as soon as there is a decision."); // her card, updated
        await adele.ScreenshotAsync("pending-status-updated");
    }
}
