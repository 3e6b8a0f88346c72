using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EndToEnd;

/// <summary>The whole local loop: Azurite, the built bot (Development, anonymous) and the Agents Playground.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public BotProcess Bot { get; private set; } = null!;

    public PlaygroundProcess Playground { get; private set; } = null!;

    /// <summary>The Playground's current user, "Alex Wilber" (its built-in default).</summary>
    public const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";

    public string TablePrefix { get; } = TestTables.NewPrefix();

    public async Task InitializeAsync()
    {
        var azurite = await AzuriteProcess.Shared;
        Bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Teams__AllowAnonymous"] = "true",
            // The Playground rejects search results whose preview taps to selectItem (see MessagingExtensionOptions).
            ["MessagingExtension__SelectItemOnTap"] = "false",
            ["Storage__ConnectionString"] = azurite.ConnectionString,
            ["Storage__TablePrefix"] = TablePrefix,

            // The Playground's own user is the director; the digest service looks every two seconds.
            ["Digest__Directors__0"] = PlaygroundUser,
            ["Digest__PollInterval"] = "00:00:02",
        });
        await Bot.WaitUntilListeningAsync();
        Playground = await PlaygroundProcess.StartAsync(Bot.BaseUrl + "/api/messages");
    }

    public async Task DisposeAsync()
    {
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
    }
}
