using Azure;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Privacy;

/// <summary>
/// "mijn gegevens" / "my data" shows what every table holds about the user; "verwijder mijn gegevens" / "erase my
/// data" (or the card's button) asks for confirmation; the confirmation erases it and says what was kept and why.
/// Only in the personal chat, where nobody else reads along.
/// </summary>
public sealed partial class PrivacyChat(IEnumerable<IPersonalDataSource> sources, ILogger<PrivacyChat> logger) : IChatFeature
{
    public Task<ChatReply?> TryHandleMessageAsync(string text, ChatUser user, Language language, bool personalChat, CancellationToken cancellationToken) =>
        TryHandleMessageAsync(ChatMessage.Of(text, user, language, personalChat), cancellationToken);

    public async Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var command = message.Command is { Argument.Length: 0 } match ? match.Command : null;
        if (command != ChatCommands.MyData && command != ChatCommands.EraseMyData)
        {
            return null;
        }

        var (user, language, personalChat) = (message.User, message.Language, message.PersonalChat);

        var t = PrivacyTexts.For(language);
        if (!personalChat)
        {
            return ChatReply.FromText(t.PersonalChatOnly);
        }

        var result = await CardAsync(command == ChatCommands.EraseMyData ? PrivacyVerbs.AskErase : PrivacyVerbs.Show, user, language, cancellationToken);
        return result switch
        {
            CardActionResult.ReplaceCard card => ChatReply.FromCard(card.Card),
            CardActionResult.Failure failure => ChatReply.FromText(failure.Text),
            _ => null,
        };
    }

    public async Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Verb is PrivacyVerbs.Show or PrivacyVerbs.AskErase or PrivacyVerbs.Erase
            ? await CardAsync(request.Verb, request.User, request.Language, cancellationToken)
            : null;
    }

    private async Task<CardActionResult> CardAsync(string verb, ChatUser user, Language language, CancellationToken cancellationToken)
    {
        var t = PrivacyTexts.For(language);
        if (string.IsNullOrWhiteSpace(user.AadObjectId))
        {
            return new CardActionResult.Failure(400, "NoIdentity", t.NoIdentity);
        }

        try
        {
            if (verb == PrivacyVerbs.Erase)
            {
                var kept = new List<PersonalDataSection>();
                foreach (var source in sources)
                {
                    kept.AddRange(await source.EraseAsync(user, language, cancellationToken));
                }

                Log.Erased(logger, user.AadObjectId, kept.Count);
                return new CardActionResult.ReplaceCard(PrivacyCards.Erased(kept, language));
            }

            var sections = new List<PersonalDataSection>();
            foreach (var source in sources)
            {
                sections.AddRange(await source.DescribeAsync(user, language, cancellationToken));
            }

            Log.Shown(logger, user.AadObjectId, sections.Count);
            return new CardActionResult.ReplaceCard(verb == PrivacyVerbs.AskErase && sections.Count > 0
                ? PrivacyCards.Confirm(sections, language)
                : PrivacyCards.Overview(sections, language));
        }
        catch (RequestFailedException e)
        {
            Log.StorageFailed(logger, e.Status, e);
            return new CardActionResult.Failure(503, "StorageUnavailable", t.Failed);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "My data shown to {AadObjectId}: {Sections} kinds of rows")]
        public static partial void Shown(ILogger logger, string? aadObjectId, int sections);

        [LoggerMessage(2, LogLevel.Information, "Personal data of {AadObjectId} erased on request; {Kept} kinds kept as the school's record")]
        public static partial void Erased(ILogger logger, string? aadObjectId, int kept);

        [LoggerMessage(3, LogLevel.Warning, "My data: storage failed with status {Status}")]
        public static partial void StorageFailed(ILogger logger, int status, Exception exception);
    }
}
