using Microsoft.Playwright;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>The Agents Playground's chat, as a person uses it: type into the message box, read the cards.</summary>
public sealed class PlaygroundPage : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private PlaygroundPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    /// <summary>
    /// How long any step may take at most (an upper bound, not a wait: every step returns as soon as the page shows
    /// what it waits for). Generous, because on a 2-core machine shared with builds a page load alone can take 30 s.
    /// </summary>
    public const float Timeout = 90_000;

    public IPage Page { get; }

    /// <summary>Opens the Playground in a browser context of its own (own storage and cookies) on the run's shared browser.</summary>
    public static async Task<PlaygroundPage> OpenAsync(IBrowser browser, PlaygroundProcess playground, string locale = "nl-NL")
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(playground);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = locale });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync(playground.Url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await MessageBox(page).WaitForAsync();
        return new PlaygroundPage(context, page);
    }

    public async Task SayAsync(string text)
    {
        var box = MessageBox(Page);
        await box.ClickAsync();
        await box.PressSequentiallyAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Waits until the chat shows an element containing this text.</summary>
    public async Task WaitForTextAsync(string text, float timeout = Timeout)
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

    /// <summary>Waits until the chat shows an element whose text matches <paramref name="pattern"/> (screenshot "timeout" if not).</summary>
    public async Task WaitForTextAsync(System.Text.RegularExpressions.Regex pattern, float timeout = Timeout)
    {
        try
        {
            await Page.GetByText(pattern).First.WaitForAsync(new() { Timeout = timeout });
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync("timeout");
            throw;
        }
    }

    /// <summary>Waits until the chat shows at least <paramref name="count"/> elements with this exact text (Playwright waits on the page itself).</summary>
    public async Task WaitForTextCountAsync(string text, int count, float timeout = Timeout)
    {
        var locator = Page.GetByText(text, new() { Exact = true });
        try
        {
            await locator.Nth(count - 1).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = timeout });
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync("timeout");
            throw new TimeoutException($"Expected {count} × \"{text}\", saw {await locator.CountAsync()} (screenshot: timeout.png).");
        }
    }

    /// <summary>How many elements with exactly this text the chat shows now.</summary>
    public Task<int> CountTextAsync(string text) => Page.GetByText(text, new() { Exact = true }).CountAsync();

    /// <summary>The compose box: a contenteditable textbox (Lexical editor).</summary>
    private static ILocator MessageBox(IPage page) => page.Locator("[contenteditable='true'][role='textbox']").First;

    public Task ScreenshotAsync(string name) => Page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath(name), FullPage = true });

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
