namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>A test class with the bot's real pipeline (<see cref="Bot"/>) and a fake Connector per test.</summary>
public abstract class PipelineTest : IAsyncLifetime
{
    protected FakeConnector Connector { get; private set; } = null!;

    protected BotFactory Bot { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await BotFactory.CreateAsync();
    }

    /// <summary>
    /// The positive barrier before asserting that nothing (else) was sent: a greeting from a user of its own is
    /// answered. Replies are sent inside the turn, so an earlier request whose response is complete has sent all it
    /// will; the marker also catches anything sent later by mistake. Returns the requests not for the marker.
    /// </summary>
    protected async Task<IReadOnlyList<RecordedRequest>> RequestsBeforeMarkerAsync()
    {
        var marker = Guid.NewGuid().ToString();
        using var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo", userAadId: marker));
        response.EnsureSuccessStatusCode();
        await Connector.WaitForAsync(requests => requests.Any(r => IsFor(r, marker)), "the marker greeting answered");
        return [.. Connector.Requests.Where(r => !IsFor(r, marker))];
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private static bool IsFor(RecordedRequest request, string user) => request.Path.Contains("personal-" + user, StringComparison.Ordinal);
}
