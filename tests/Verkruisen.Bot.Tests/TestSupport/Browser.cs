using Microsoft.Playwright;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// Debian's Chromium headless shell (package chromium-headless-shell: the same engine without the desktop browser
/// around it), driven by Microsoft.Playwright, which cannot download browsers here. It costs about a quarter less CPU
/// than the full browser in headless mode for the same tests (Welcome + AskAndCheck: 22 s against 30 s).
/// </summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium-headless-shell";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Chromium's headless shell is not installed: apt-get install chromium-headless-shell (scripts/test.sh does).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",

                // Pages of one site in one context share a renderer: a test's new Playground page reuses the one the
                // previous test left (PlaygroundPage.DisposeAsync), instead of compiling the Playground's script again.
                "--process-per-site",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Whether the browser tests keep a screenshot of each step (VERKRUISEN_SCREENSHOTS=1); a failed wait always does.</summary>
    public static bool ScreenshotsWanted { get; } = Environment.GetEnvironmentVariable("VERKRUISEN_SCREENSHOTS") == "1";

    /// <summary>Where screenshots go: TestResults/screenshots under the test output.</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }
}
