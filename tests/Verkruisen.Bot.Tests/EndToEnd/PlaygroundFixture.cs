using Microsoft.Playwright;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>
/// A browser-test collection's view of the one <see cref="PlaygroundRun"/> of this test process: collections whose
/// people differ (Alex and his manager in one, the director and the fallback approver in the other) run side by side
/// on the same bot, Playgrounds and browser.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private PlaygroundRun? run;

    private PlaygroundRun Run => run ?? throw new InvalidOperationException("The Playground run has not started.");

    public BotProcess Bot => Run.Bot;

    /// <summary>Alex Wilber's Playground (its built-in user): the teacher.</summary>
    public PlaygroundProcess Playground => Run.Playground;

    /// <summary>Megan Bowen's Playground: Alex's manager, who approves.</summary>
    public PlaygroundProcess ManagerPlayground => Run.ManagerPlayground;

    /// <summary>Patti Fernandez's Playground: the director, who gets the digest.</summary>
    public PlaygroundProcess DirectorPlayground => Run.DirectorPlayground;

    public IBrowser Browser => Run.Browser;

    public string TablePrefix => Run.TablePrefix;

    public async Task InitializeAsync() => run = await PlaygroundRun.AcquireAsync();

    /// <inheritdoc cref="PlaygroundRun.StartPlaygroundAsync"/>
    public Task<PlaygroundProcess> StartPlaygroundAsync(PlaygroundUser user) => Run.StartPlaygroundAsync(user);

    /// <inheritdoc cref="PlaygroundRun.OpenAsync"/>
    public Task<PlaygroundPage> OpenAsync(PlaygroundProcess playground) => Run.OpenAsync(playground);

    public Task DisposeAsync() => run is null ? Task.CompletedTask : PlaygroundRun.ReleaseAsync();
}
