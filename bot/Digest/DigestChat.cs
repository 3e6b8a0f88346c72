using Azure;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// "overzicht" / "digest" in chat: a director gets the digest of the week so far; anyone else is told it is for the
/// director. Any other message is not ours (null). In a channel or group chat a director is asked to use the personal
/// chat: the digest names colleagues and quotes questions, so it is never posted where others read along.
/// </summary>
public sealed partial class DigestChat(DigestReader reader, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestChat> logger)
    : IChatFeature
{
    /// <summary>A message in the personal chat.</summary>
    public Task<ChatReply?> TryHandleMessageAsync(string text, ChatUser user, Language language, CancellationToken cancellationToken) =>
        TryHandleMessageAsync(text, user, language, personalChat: true, cancellationToken);

    public Task<ChatReply?> TryHandleMessageAsync(string text, ChatUser user, Language language, bool personalChat, CancellationToken cancellationToken) =>
        TryHandleMessageAsync(ChatMessage.Of(text, user, language, personalChat), cancellationToken);

    public async Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Is(ChatCommands.Digest) || message.Command!.Argument.Length > 0)
        {
            return null;
        }

        var (user, language, personalChat) = (message.User, message.Language, message.PersonalChat);

        var t = DigestTexts.For(language);
        if (!options.Value.IsDirector(user.AadObjectId))
        {
            Log.Refused(logger, user.AadObjectId);
            return ChatReply.FromText(t.NotForYou);
        }

        if (!personalChat)
        {
            return ChatReply.FromText(t.PersonalChatOnly);
        }

        var now = time.GetUtcNow();
        try
        {
            var digest = await reader.ReadAsync(DigestWeek.Of(now), now, cancellationToken);
            Log.Shown(logger, user.AadObjectId, digest.Week.Key);
            return ChatReply.FromCard(DigestCard.Create(digest, language));
        }
        catch (Exception e) when (Storage.StorageFailure.Is(e, cancellationToken))
        {
            Log.ReadFailed(logger, Storage.StorageFailure.StatusOf(e), Hosting.RedactedException.Of(e));
            return ChatReply.FromText(t.NotAvailable);
        }
    }

    /// <summary>The digest card has no buttons.</summary>
    public Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<CardActionResult?>(null);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Digest {Week} shown on request to {AadObjectId}")]
        public static partial void Shown(ILogger logger, string? aadObjectId, string week);

        [LoggerMessage(2, LogLevel.Information, "Digest refused to {AadObjectId}: not a director")]
        public static partial void Refused(ILogger logger, string? aadObjectId);

        [LoggerMessage(3, LogLevel.Warning, "Reading the digest failed with status {Status}")]
        public static partial void ReadFailed(ILogger logger, int status, Exception exception);
    }
}
