namespace Verkruisen.Bot.Chat;

/// <summary>
/// A feature in the routing table: it answers the messages and card buttons that are its own and returns null for the
/// rest. Features own disjoint commands and verbs, so their order in the table does not matter; what no feature
/// answers goes to the one <see cref="IChatFallback"/>.
/// </summary>
public interface IChatFeature
{
    Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken);

    Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken);
}
