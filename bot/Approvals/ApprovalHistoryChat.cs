using Azure;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Approvals.Cards;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// "geschiedenis &lt;id&gt;" / "history &lt;id&gt;" (or the digest's button): a request's events, oldest first. For the
/// directors, the fallback approver, and the people of the request itself; only in the personal chat.
/// </summary>
public sealed partial class ApprovalHistoryChat(
    ApprovalStore store,
    ApprovalEventLog events,
    IOptions<DigestOptions> digest,
    IOptions<ApprovalOptions> options,
    ILogger<ApprovalHistoryChat> logger) : IChatFeature
{
    public const string HistoryVerb = "approvals.history";

    public Task<ChatReply?> TryHandleMessageAsync(string text, ChatUser user, Language language, bool personalChat, CancellationToken cancellationToken) =>
        TryHandleMessageAsync(ChatMessage.Of(text, user, language, personalChat), cancellationToken);

    public async Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Command is not { } match || match.Command != ChatCommands.History)
        {
            return null;
        }

        var (user, language, personalChat) = (message.User, message.Language, message.PersonalChat);

        var t = ApprovalHistoryCard.Texts(language);
        if (!personalChat)
        {
            return ChatReply.FromText(t.PersonalChatOnly);
        }

        if (match.Argument.Length == 0)
        {
            return ChatReply.FromText(t.Usage);
        }

        return await ShowAsync(match.Argument, user, language, cancellationToken) switch
        {
            CardActionResult.ReplaceCard card => ChatReply.FromCard(card.Card),
            CardActionResult.Failure failure => ChatReply.FromText(failure.Text),
            _ => null,
        };
    }

    public async Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Verb == HistoryVerb
            ? await ShowAsync(request.Get(ApprovalVerbs.RequestIdKey) ?? "", request.User, request.Language, cancellationToken)
            : null;
    }

    private async Task<CardActionResult> ShowAsync(string id, ChatUser user, Language language, CancellationToken cancellationToken)
    {
        var t = ApprovalHistoryCard.Texts(language);
        try
        {
            var request = await store.FindByIdPrefixAsync(id, cancellationToken);
            if (request is null || !MayRead(request, user.AadObjectId))
            {
                // The same answer for "no such request" and "not yours": ids are not to be guessed.
                Log.Refused(logger, user.AadObjectId);
                return new CardActionResult.Failure(404, "NotFound", t.NotFound);
            }

            var history = await events.ReadAsync(request.Id, cancellationToken);
            Log.Shown(logger, request.Id, user.AadObjectId, history.Count);
            return new CardActionResult.ReplaceCard(ApprovalHistoryCard.Create(request, history, language));
        }
        catch (RequestFailedException e)
        {
            Log.StorageFailed(logger, e.Status);
            return new CardActionResult.Failure(503, "StorageUnavailable", t.StorageDown);
        }
    }

    private bool MayRead(ApprovalRequest request, string? aadId) =>
        aadId is not null
        && (digest.Value.IsDirector(aadId)
            || ApproverPolicy.Same(aadId, options.Value.FallbackApprover ?? "")
            || new[] { request.RequesterAadId, request.ApproverAadId, request.EscalatedToAadId, request.DecidedByAadId }.Any(p => ApproverPolicy.Same(aadId, p)));

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "History of approval request {RequestId} shown to {AadObjectId} ({Events} events)")]
        public static partial void Shown(ILogger logger, string requestId, string? aadObjectId, int events);

        [LoggerMessage(2, LogLevel.Information, "History refused to {AadObjectId}: no such request or not theirs")]
        public static partial void Refused(ILogger logger, string? aadObjectId);

        [LoggerMessage(3, LogLevel.Warning, "History: storage failed with status {Status}")]
        public static partial void StorageFailed(ILogger logger, int status);
    }
}
