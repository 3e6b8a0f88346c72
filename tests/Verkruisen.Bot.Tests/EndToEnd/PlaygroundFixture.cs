using System.Collections.Concurrent;
using Microsoft.Playwright;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// The whole local loop, once per test run: Azurite, the built bot (Development, anonymous), one Agents Playground per
/// person the tests need (Alex the teacher, Megan his manager, Patti the director), and one headless Chromium in
/// which each test opens its own browser context. The Playgrounds and the browser start side by side.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<PlaygroundProcess, Task<IBrowserContext>> contexts = new();

    private IPlaywright? playwright;

    public BotProcess Bot { get; private set; } = null!;

    /// <summary>Alex Wilber's Playground (its built-in user): the teacher.</summary>
    public PlaygroundProcess Playground { get; private set; } = null!;

    /// <summary>Megan Bowen's Playground: Alex's manager, who approves.</summary>
    public PlaygroundProcess ManagerPlayground { get; private set; } = null!;

    /// <summary>Patti Fernandez's Playground: the director, who gets the digest.</summary>
    public PlaygroundProcess DirectorPlayground { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string TablePrefix { get; } = TestTables.NewPrefix();

    public async Task InitializeAsync()
    {
        var browser = TestSupport.Browser.LaunchAsync();
        var azurite = await AzuriteProcess.Shared;
        Bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Teams__AllowAnonymous"] = "true",
            // The Playground rejects search results whose preview taps to selectItem (see MessagingExtensionOptions).
            ["MessagingExtension__SelectItemOnTap"] = "false",
            ["Storage__ConnectionString"] = azurite.ConnectionString,
            ["Storage__TablePrefix"] = TablePrefix,

            // The director's digest of last week is due whenever she has a chat with the bot: the schedule fires every
            // minute (so this week has had an occurrence, whatever the real date), and the service looks every second.
            ["Digest__Directors__0"] = PlaygroundUsers.Patti.AadObjectId,
            ["Digest__Schedule"] = "* * * * *",
            ["Digest__ScheduleEnabled"] = "true",
            ["Digest__TimeZone"] = "Etc/UTC",
            ["Digest__PollInterval"] = "00:00:01",
        });
        await Bot.WaitUntilListeningAsync();
        var alex = PlaygroundProcess.StartAsync(Bot.BaseUrl + "/api/messages");
        var megan = StartPlaygroundAsync(PlaygroundUsers.Megan);
        var patti = StartPlaygroundAsync(PlaygroundUsers.Patti);
        await Task.WhenAll(alex, megan, patti, browser);
        (Playground, ManagerPlayground, DirectorPlayground) = (alex.Result, megan.Result, patti.Result);
        (playwright, Browser) = browser.Result;
    }

    /// <summary>
    /// One more Playground on this run's bot, as <paramref name="user"/>, for a test that needs a person no other test
    /// touches (e.g. someone with no chat with the bot yet). The test disposes it.
    /// </summary>
    public Task<PlaygroundProcess> StartPlaygroundAsync(PlaygroundUser user) =>
        PlaygroundProcess.StartAsync(Bot.BaseUrl + "/api/messages", PlaygroundUsers.ConfigFor(user));

    /// <summary>
    /// A new page on this Playground: a person opening the Teams-like client, in the browser context that person keeps
    /// for the run (tests in this collection run one at a time, so no two tests share a chat at once).
    /// </summary>
    public async Task<PlaygroundPage> OpenAsync(PlaygroundProcess playground)
    {
        ArgumentNullException.ThrowIfNull(playground);
        var context = await contexts.GetOrAdd(playground, _ => PlaygroundPage.NewContextAsync(Browser));
        return await PlaygroundPage.OpenAsync(context, playground);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        foreach (var playground in new[] { Playground, ManagerPlayground, DirectorPlayground }.Where(p => p is not null))
        {
            await playground.DisposeAsync();
        }

        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
    }
}
