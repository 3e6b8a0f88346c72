using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.Chat;

/// <summary>
/// A storage call that times out inside a turn (the Azure SDK's own network time-out, thrown as a cancellation nobody
/// asked for) is answered like any storage failure: a card that says storage is unreachable, never a failed turn.
/// </summary>
public sealed class ChatRouterTests
{
    private static readonly ChatUser User = new("aad-1", "29:1", "Juf Test", "tenant-1");

    [Fact]
    public async Task HandleActionAsync_StorageTimesOutWithACancellation_AnswersTheStorageCard()
    {
        var router = Router(new TaskCanceledException("timed out"));

        var result = await router.HandleActionAsync(Request(), CancellationToken.None);

        var card = Assert.IsType<CardActionResult.ReplaceCard>(result).Card;
        Assert.Equal(CardJson.Serialize(StorageUnavailable.Card(Language.Nl, Request())), CardJson.Serialize(card));
    }

    [Fact]
    public async Task HandleMessageAsync_RetriesThatAllTimedOut_AnswersTheStorageCard()
    {
        var router = Router(new AggregateException(new TaskCanceledException("timed out"), new TaskCanceledException("timed out")));

        var reply = await router.HandleMessageAsync(ChatMessage.Of("hoi", User, Language.Nl), CancellationToken.None);

        Assert.Equal(CardJson.Serialize(StorageUnavailable.Card(Language.Nl)), reply.Card is { } card ? CardJson.Serialize(card) : reply.Text);
    }

    [Fact]
    public async Task HandleActionAsync_TheTurnItselfIsCancelled_IsNotHiddenAsAStorageFailure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var router = Router(new OperationCanceledException(cancelled.Token));

        await Assert.ThrowsAsync<OperationCanceledException>(() => router.HandleActionAsync(Request(), cancelled.Token));
    }

    [Fact]
    public async Task HandleActionAsync_ABug_IsNotHiddenAsAStorageFailure()
    {
        var router = Router(new InvalidOperationException("a bug"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => router.HandleActionAsync(Request(), CancellationToken.None));
    }

    private static CardActionRequest Request() => new("test.verb", new JsonObject(), User, Language.Nl, null);

    private static ChatRouter Router(Exception thrown) =>
        new([new Throwing(thrown)], new Throwing(thrown), NullLogger<ChatRouter>.Instance);

    private sealed class Throwing(Exception thrown) : IChatFeature, IChatFallback
    {
        public Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken) => Task.FromException<ChatReply?>(thrown);

        public Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken) => Task.FromException<CardActionResult?>(thrown);

        public Task<ChatReply> AnswerAsync(ChatMessage message, CancellationToken cancellationToken) => Task.FromException<ChatReply>(thrown);
    }
}
