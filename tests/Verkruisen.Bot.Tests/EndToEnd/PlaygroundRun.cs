using System.Collections.Concurrent;
using Microsoft.Playwright;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// The whole local loop, once per test run: Azurite, the built bot (Development, anonymous), one Agents Playground per
/// person the tests need (Alex the teacher, Megan his manager, Patti the director), and one headless Chromium with a
/// browser context per person. The Playgrounds and the browser start side by side. Every browser-test collection
/// shares it (<see cref="PlaygroundFixture"/>): the first to start starts it, the last to finish stops it.
/// </summary>
public sealed class PlaygroundRun : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static PlaygroundRun? shared;

    private static int users;

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

    /// <summary>The run, started by the first collection that asks for it.</summary>
    public static async Task<PlaygroundRun> AcquireAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (shared is null)
            {
                var run = new PlaygroundRun();
                try
                {
                    await run.StartAsync();
                }
                catch
                {
                    await run.DisposeAsync();
                    throw;
                }

                shared = run;
            }

            users++;
            return shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A collection is done with the run; the last one stops it (every process it started).</summary>
    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--users == 0 && shared is not null)
            {
                await shared.DisposeAsync();
                shared = null;
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task StartAsync()
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

            // The most a click may spend on its notifications (3 s by default): on a loaded machine a card to another
            // Playground can take that long, and what misses it waits for the follow-up, 10 minutes away.
            ["Approvals__NotifyBudget"] = "00:00:04",

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
    /// for the run (the tests of one person's chat are in one collection and run one at a time, so no two tests share a
    /// chat at once).
    /// </summary>
    public async Task<PlaygroundPage> OpenAsync(PlaygroundProcess playground)
    {
        ArgumentNullException.ThrowIfNull(playground);
        var context = await contexts.GetOrAdd(playground, _ => PlaygroundPage.NewContextAsync(Browser));
        return await PlaygroundPage.OpenAsync(context, playground);
    }

    public async ValueTask DisposeAsync()
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
