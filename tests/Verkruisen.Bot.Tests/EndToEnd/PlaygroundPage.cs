using Microsoft.Playwright;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>The Agents Playground's chat, as a person uses it: type into the message box, read the cards.</summary>
public sealed class PlaygroundPage : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private PlaygroundPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<PlaygroundPage> OpenAsync(string url, string locale = "nl-NL")
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = locale });
        await page.GotoAsync(url);
        await MessageBox(page).WaitForAsync(new() { Timeout = 30_000 });
        return new PlaygroundPage(playwright, browser, page);
    }

    public async Task SayAsync(string text)
    {
        var box = MessageBox(Page);
        await box.ClickAsync();
        await box.PressSequentiallyAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Waits until the chat shows an element containing this text.</summary>
    public async Task WaitForTextAsync(string text, float timeout = 20_000)
    {
        try
        {
            await Page.GetByText(text, new() { Exact = false }).First.WaitForAsync(new() { Timeout = timeout });
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync("timeout");
            throw;
        }
    }

    /// <summary>Waits until the chat shows <paramref name="count"/> elements with this exact text.</summary>
    public async Task WaitForTextCountAsync(string text, int count, float timeout = 20_000)
    {
        var locator = Page.GetByText(text, new() { Exact = true });
        var deadline = DateTime.UtcNow.AddMilliseconds(timeout);
        while (await locator.CountAsync() < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                await ScreenshotAsync("timeout");
                throw new TimeoutException($"Expected {count} × \"{text}\", saw {await locator.CountAsync()} (screenshot: timeout.png).");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The compose box: a contenteditable textbox (Lexical editor).</summary>
    private static ILocator MessageBox(IPage page) => page.Locator("[contenteditable='true'][role='textbox']").First;

    public Task ScreenshotAsync(string name) => Page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath(name), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
