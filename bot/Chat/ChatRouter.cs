using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Chat;

/// <summary>
/// The routing table: every registered <see cref="IChatFeature"/> is asked in turn; the first answer wins. A message
/// none takes goes to the <see cref="IChatFallback"/>; a button none knows is answered 400 "UnknownVerb".
/// Adding a feature is one registration (<see cref="ChatServiceCollectionExtensions.AddChatFeature{T}"/>).
/// </summary>
public sealed class ChatRouter(IEnumerable<IChatFeature> features, IChatFallback fallback)
{
    private readonly IChatFeature[] features = [.. features];

    public async Task<ChatReply> HandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var feature in features)
        {
            if (await feature.TryHandleMessageAsync(message, cancellationToken) is { } reply)
            {
                return reply;
            }
        }

        return await fallback.AnswerAsync(message, cancellationToken);
    }

    public async Task<CardActionResult> HandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var feature in features)
        {
            if (await feature.TryHandleActionAsync(request, cancellationToken) is { } result)
            {
                return result;
            }
        }

        return new CardActionResult.Failure(400, "UnknownVerb", request.Language.Pick(
            "Deze knop ken ik niet (meer). Typ help voor wat ik kan.",
            "I do not know this button (any more). Type help to see what I can do."));
    }
}
