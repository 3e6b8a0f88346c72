using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Chat;

/// <summary>
/// The routing table: every registered <see cref="IChatFeature"/> is asked in turn; the first answer wins. A message
/// none takes goes to the <see cref="IChatFallback"/>; a button none knows is answered 400 "UnknownVerb".
/// Adding a feature is one registration (<see cref="ChatServiceCollectionExtensions.AddChatFeature{T}"/>).
/// The one storage-failure policy: whatever a feature needs from storage that cannot be reached (after the Azure SDK's
/// retries) becomes a card that says so and what to do (<see cref="StorageUnavailable"/>), answered like any other.
/// A message is answered in the language it is written in (<see cref="IWrittenLanguage"/>); the client's locale decides
/// only when the text is too short to tell.
/// </summary>
public sealed partial class ChatRouter(IEnumerable<IChatFeature> features, IChatFallback fallback, ILogger<ChatRouter> logger, IWrittenLanguage? written = null)
{
    private readonly IChatFeature[] features = [.. features];

    public async Task<ChatReply> HandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (written?.Detect(message.Text) is { } language)
        {
            message = message with { Language = language };
        }

        try
        {
            return await RouteMessageAsync(message, cancellationToken);
        }
        catch (Exception e) when (StorageFailure.Is(e, cancellationToken))
        {
            Log.StorageUnavailable(logger, "message", StorageFailure.StatusOf(e), e.GetType().Name);
            return ChatReply.FromCard(StorageUnavailable.Card(message.Language));
        }
    }

    public async Task<CardActionResult> HandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await RouteActionAsync(request, cancellationToken);
        }
        catch (Exception e) when (StorageFailure.Is(e, cancellationToken))
        {
            Log.StorageUnavailable(logger, "card action", StorageFailure.StatusOf(e), e.GetType().Name);
            return new CardActionResult.ReplaceCard(StorageUnavailable.Card(request.Language, request));
        }
    }

    private async Task<ChatReply> RouteMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        foreach (var feature in features)
        {
            if (await feature.TryHandleMessageAsync(message, cancellationToken) is { } reply)
            {
                return reply;
            }
        }

        return await fallback.AnswerAsync(message, cancellationToken);
    }

    private async Task<CardActionResult> RouteActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
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

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Storage unreachable while handling {Action} (status {Status}, {ErrorType}); the user was told to try again")]
        public static partial void StorageUnavailable(ILogger logger, string action, int status, string errorType);
    }
}
