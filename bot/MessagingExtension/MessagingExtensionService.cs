using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// The messaging extension's invokes in plain terms, routed by the manifest's command ids
/// (<see cref="MessagingExtensionCommands"/>): search and select a rule, open and submit the message check.
/// An unknown command id is the caller's error (400), never a crash.
/// </summary>
public sealed partial class MessagingExtensionService(
    GuidelineSearch search, MessageCheck check, IOptions<MessagingExtensionOptions> options, ILogger<MessagingExtensionService> logger)
{
    public MessagingExtensionReply Query(string? commandId, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (commandId != MessagingExtensionCommands.SearchGuidelines)
        {
            return Unknown(commandId, query.Language);
        }

        var hits = search.Search(query);
        Log.Searched(logger, query.Text?.Length ?? 0, query.InitialRun, hits.Count);
        return hits.Count == 0 && query.Skip == 0
            ? new MessagingExtensionReply.Message(MessagingExtensionTexts.For(query.Language).NoResults)
            : new MessagingExtensionReply.Results(hits, options.Value.SelectItemOnTap);
    }

    /// <summary>A search result was picked (its preview's tap): the rule card to insert.</summary>
    public MessagingExtensionReply SelectItem(string? sectionId, Language language) =>
        search.Find(sectionId, language) is { } hit
            ? new MessagingExtensionReply.Insert(hit.Card, hit.Title, hit.Line)
            : new MessagingExtensionReply.Failure(400, "UnknownRule", MessagingExtensionTexts.For(language).UnknownRule);

    /// <summary>An action command opens its dialog; <paramref name="message"/> is null outside a message context.</summary>
    public MessagingExtensionReply FetchTask(string? commandId, MessageContent? message, Language language)
    {
        if (commandId != MessagingExtensionCommands.CheckMessage)
        {
            return Unknown(commandId, language);
        }

        Log.CheckOpened(logger, message is not null, message?.Text.Length ?? 0, message?.HasMedia ?? false);
        return check.Open(message, language);
    }

    /// <summary>A button in an action command's dialog; card actions go through <paramref name="handleCardAction"/>.</summary>
    public Task<MessagingExtensionReply> SubmitActionAsync(
        string? commandId,
        CardActionRequest request,
        Func<CardActionRequest, CancellationToken, Task<CardActionResult>> handleCardAction,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return commandId == MessagingExtensionCommands.CheckMessage
            ? check.SubmitAsync(request, handleCardAction, cancellationToken)
            : Task.FromResult<MessagingExtensionReply>(Unknown(commandId, request.Language));
    }

    private MessagingExtensionReply.Failure Unknown(string? commandId, Language language)
    {
        Log.UnknownCommand(logger, commandId?.Length ?? 0); // the id is the sender's text: only its length
        return new MessagingExtensionReply.Failure(400, "UnknownCommand", MessagingExtensionTexts.For(language).UnknownCommand);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Guidelines searched ({QueryLength} characters, initial run {InitialRun}): {HitCount} results")]
        public static partial void Searched(ILogger logger, int queryLength, bool initialRun, int hitCount);

        [LoggerMessage(2, LogLevel.Information, "Message check opened (from a message {FromMessage}, {TextLength} characters, media {HasMedia})")]
        public static partial void CheckOpened(ILogger logger, bool fromMessage, int textLength, bool hasMedia);

        [LoggerMessage(3, LogLevel.Warning, "Messaging extension command not known ({Length} characters)")]
        public static partial void UnknownCommand(ILogger logger, int length);
    }
}
