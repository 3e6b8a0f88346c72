using Microsoft.Playwright;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>The Agents Playground's chat, as a person uses it: type into the message box, read the cards.</summary>
public sealed class PlaygroundPage : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private readonly PlaygroundProcess playground;

    private PlaygroundPage(IBrowserContext context, IPage page, PlaygroundProcess playground)
    {
        this.context = context;
        this.playground = playground;
        Page = page;
    }

    /// <summary>
    /// How long any step may take at most (an upper bound, not a wait: every step returns as soon as the page shows
    /// what it waits for). Generous, because on a 2-core machine shared with builds a page load alone can take 30 s.
    /// </summary>
    public const float Timeout = 90_000;

    public IPage Page { get; }

    /// <summary>
    /// A browser context for one person's Playground: their own storage and cookies. Pages opened in it one after another
    /// share one warm renderer (see <see cref="DisposeAsync"/>): loading the Playground's 9 MB script in a new renderer
    /// costs about 8 s of CPU, in the warm one about 2 s.
    /// </summary>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, string locale = "nl-NL")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1400, Height = 1000 },
            Locale = locale,
            ReducedMotion = ReducedMotion.Reduce, // no animations to draw in software while the test waits
        });
        context.SetDefaultTimeout(Timeout);
        return context;
    }

    /// <summary>Opens the Playground in a new page of <paramref name="context"/> (a person opening the Teams-like client).</summary>
    public static async Task<PlaygroundPage> OpenAsync(IBrowserContext context, PlaygroundProcess playground)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(playground);
        var page = await context.NewPageAsync();
        await page.GotoAsync(playground.Url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await MessageBox(page).WaitForAsync();
        return new PlaygroundPage(context, page, playground);
    }

    /// <summary>
    /// Types <paramref name="text"/> into the compose box and presses Enter. The text goes in as one input event (as a
    /// paste or an input method does), not key by key: the editor re-renders on every key, which cost about 1 s of
    /// Chromium CPU per 100 characters against 0.25 s, and the message the bot gets is the same.
    /// </summary>
    public async Task SayAsync(string text)
    {
        var box = MessageBox(Page);
        await box.ClickAsync();
        await Page.Keyboard.InsertTextAsync(text);
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
            await FailureScreenshotAsync();
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
            await FailureScreenshotAsync();
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
            await FailureScreenshotAsync();
            throw new TimeoutException($"Expected {count} × \"{text}\", saw {await locator.CountAsync()} (screenshot: timeout.png).");
        }
    }

    /// <summary>How many elements with exactly this text the chat shows now.</summary>
    public Task<int> CountTextAsync(string text) => Page.GetByText(text, new() { Exact = true }).CountAsync();

    /// <summary>The compose box: a contenteditable textbox (Lexical editor).</summary>
    private static ILocator MessageBox(IPage page) => page.Locator("[contenteditable='true'][role='textbox']").First;

    /// <summary>
    /// A screenshot of what the user sees at this step, for a person to look at (it asserts nothing): taken only when
    /// VERKRUISEN_SCREENSHOTS=1, since each full-page screenshot costs Chromium CPU in every run.
    /// </summary>
    public Task ScreenshotAsync(string name) => Browser.ScreenshotsWanted ? TakeScreenshotAsync(name) : Task.CompletedTask;

    /// <summary>The page as it was when a wait failed ("timeout.png"): always taken, it is what explains the failure.</summary>
    public Task FailureScreenshotAsync() => TakeScreenshotAsync("timeout");

    private async Task TakeScreenshotAsync(string name) => await Page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath(name), FullPage = true });

    /// <summary>
    /// Closes the chat. The context's last page is not closed but parked on a small file of the same Playground (its
    /// asset manifest): no chat runs in it any more, and the renderer it keeps alive (Chromium runs with
    /// --process-per-site) has the Playground's script compiled for the next page. The context closes with the browser.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (context.Pages.Count > 1)
        {
            await Page.CloseAsync();
            return;
        }

        try
        {
            await Page.GotoAsync(playground.Url + "asset-manifest.json");
        }
        catch (PlaywrightException)
        {
            await Page.CloseAsync(); // the Playground has stopped: nothing to keep warm
        }
    }
}
