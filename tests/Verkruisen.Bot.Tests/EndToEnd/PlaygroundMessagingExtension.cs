using Microsoft.Playwright;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// The Agents Playground's messaging-extension UI, as a person uses it. The Playground reads no app manifest, so
/// the command id (and the search parameter's name) are typed in, as its "Specify Command ID" fields ask.
/// Search: the compose box's "+" → Search Command. Action: a message's "..." → Action Command (the message is
/// sent as <c>messagePayload</c>) or the "+" → Action Command (compose context), then "Create" fetches the dialog.
/// </summary>
public sealed class PlaygroundMessagingExtension(PlaygroundPage chat)
{
    private IPage Page => chat.Page;

    private ILocator MessageMenus => Page.GetByRole(AriaRole.Button, new() { Name = "Show more information" });

    /// <summary>Opens the search and types <paramref name="text"/>: one <c>composeExtension/query</c>.</summary>
    public async Task SearchAsync(string commandId, string parameterName, string text)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Trigger Message Extension App" }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Search Command" }).ClickAsync();
        await Page.GetByText("Specify Command ID or Parameter").ClickAsync();
        await Page.GetByPlaceholder("Command ID", new() { Exact = true }).FillAsync(commandId);
        await Page.GetByPlaceholder("Parameter name", new() { Exact = true }).FillAsync(parameterName);
        await Page.GetByPlaceholder("Enter a search term").FillAsync(text);
    }

    /// <summary>Picks a search result (its preview's title) into the compose box and sends the message.</summary>
    public async Task InsertResultAndSendAsync(string previewTitle)
    {
        await Page.GetByText(previewTitle, new() { Exact = true }).First.ClickAsync();
        await SendAsync();
    }

    /// <summary>The action command on a message in the chat (its "..." menu): <c>composeExtension/fetchTask</c>.</summary>
    public async Task RunActionOnMessageAsync(string messageText, string commandId)
    {
        var message = Page.GetByText(messageText, new() { Exact = true }).Last;
        await message.HoverAsync();
        var box = await message.BoundingBoxAsync() ?? throw new InvalidOperationException("The message is not visible.");
        var menus = MessageMenus;
        ILocator? nearest = null;
        var distance = double.MaxValue;
        for (var i = 0; i < await menus.CountAsync(); i++)
        {
            if (await menus.Nth(i).BoundingBoxAsync() is { } b && Math.Abs(b.Y - box.Y) < distance)
            {
                (nearest, distance) = (menus.Nth(i), Math.Abs(b.Y - box.Y));
            }
        }

        await nearest!.ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Action Command" }).ClickAsync();
        await Page.GetByPlaceholder("Input command id or leave blanks").FillAsync(commandId);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
    }

    /// <summary>How many messages the chat shows (each has a "..." menu).</summary>
    public Task<int> MessageCountAsync() => MessageMenus.CountAsync();

    /// <summary>Waits until the chat shows at least <paramref name="count"/> messages, so that the layout stops moving.</summary>
    public async Task WaitForMessageCountAsync(int count)
    {
        try
        {
            await MessageMenus.Nth(count - 1).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException)
        {
            await chat.FailureScreenshotAsync();
            throw new TimeoutException($"Expected {count} messages, saw {await MessageCountAsync()} (screenshot: timeout.png).");
        }
    }

    /// <summary>The open dialog (task module).</summary>
    public ILocator Dialog => Page.GetByRole(AriaRole.Dialog).Last;

    public Task SendAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync();
}
