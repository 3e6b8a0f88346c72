namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// A person in the Teams-like client, in a real browser: opens the chat (install: Dutch welcome, no locale yet),
/// says hallo (the Playground sends every message as en-US, so the answer is English), clicks a card button.
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed class WelcomeEndToEndTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Hallo_InPlayground_ShowsWelcomeCardAndButtonReplacesIt()
    {
        await using var chat = await fixture.OpenAsync(fixture.Playground);
        await chat.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);
        var before = await chat.Page.GetByText("Welcome to the Verkruisen Bot", new() { Exact = true }).CountAsync();

        await chat.SayAsync("hallo");

        await chat.WaitForTextCountAsync("Welcome to the Verkruisen Bot", before + 1);
        await chat.ScreenshotAsync("welcome-card");

        await chat.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Example questions" }).Last.ClickAsync();

        await chat.Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Example questions" }).WaitForAsync();
        await chat.WaitForTextCountAsync("• Do I have to join the parents' group chat?", 1);
        await chat.ScreenshotAsync("examples-card");
    }
}
