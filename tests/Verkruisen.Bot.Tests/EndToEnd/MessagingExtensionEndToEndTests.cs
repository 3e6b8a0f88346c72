using Microsoft.Playwright;
using Verkruisen.Bot.MessagingExtension;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// The messaging extension in the Teams-like client, in a real browser: search the guidelines from the compose
/// box and insert a rule card; check a message from its "..." menu and get the verdict in the dialog. The
/// Playground's locale is en-US, so the answers are English.
/// </summary>
[Collection(PlaygroundGroup.Name)]
public sealed class MessagingExtensionEndToEndTests(PlaygroundFixture fixture)
{
    private const string RuleTen = "Rule 10: Photos: written consent from parents";

    [Fact]
    public async Task Search_InPlayground_ListsRulesAndInsertsTheRuleCard()
    {
        await using var chat = await fixture.OpenAsync(fixture.Playground);
        var extension = new PlaygroundMessagingExtension(chat);

        await extension.SearchAsync(MessagingExtensionCommands.SearchGuidelines, MessagingExtensionCommands.SearchGuidelinesQueryParameter, "foto");

        await chat.WaitForTextCountAsync(RuleTen, 1);
        await chat.WaitForTextCountAsync("Rule 11: Parents taking photos or videos", 1);
        await chat.ScreenshotAsync("msgext-search-results");

        await extension.InsertResultAndSendAsync(RuleTen);

        // The rule card in the chat: its heading, the plain answer and the official Dutch text.
        var rule = Verkruisen.Bot.Guidelines.Protocol.Load().Find("10")!;
        await chat.WaitForTextCountAsync(rule.Answer.En, 1);
        await chat.WaitForTextCountAsync(rule.Original.Nl, 1);
        await chat.ScreenshotAsync("msgext-rule-card");
    }

    [Fact]
    public async Task CheckMessage_InPlayground_PrefillsTheDialogAndShowsTheVerdict()
    {
        const string draft = "Emma from group 6 has dyscalculia and gets extra time.";
        await using var chat = await fixture.OpenAsync(fixture.Playground);
        var extension = new PlaygroundMessagingExtension(chat);
        await chat.WaitForTextCountAsync("Welkom bij de Verkruisen Bot", 1);
        var before = await extension.MessageCountAsync();
        await chat.SayAsync(draft);
        await extension.WaitForMessageCountAsync(before + 2); // the message and the bot's answer to it

        await extension.RunActionOnMessageAsync(draft, MessagingExtensionCommands.CheckMessage);

        var form = extension.Dialog;
        await form.GetByText("Check your post").WaitForAsync();
        Assert.Equal(draft, await form.GetByRole(AriaRole.Textbox).First.InputValueAsync());
        await chat.ScreenshotAsync("msgext-check-form");

        await form.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        await extension.Dialog.GetByText("⛔ Do not post", new() { Exact = true }).WaitForAsync();
        await extension.Dialog.GetByRole(AriaRole.Button, new() { Name = "Ask my manager for approval" }).WaitForAsync();
        await chat.ScreenshotAsync("msgext-check-verdict");

        await extension.Dialog.GetByRole(AriaRole.Button, new() { Name = "Insert the verdict into the conversation" }).ClickAsync();
        await extension.SendAsync();

        await chat.WaitForTextCountAsync("This goes against the social media protocol. Change the post or do not post it.", 1);
        await chat.ScreenshotAsync("msgext-verdict-inserted");
    }
}
