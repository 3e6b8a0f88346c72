using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// Sends to a user's personal chat from outside a turn (approvals, digest), through the stored reference.
/// Returns the sent activity's id so that a card can be updated later, or null when the user has no chat yet.
/// A failed send throws to the caller (the Connector's error), never into the adapter's turn-error handler.
/// </summary>
public sealed class ProactiveSender(TeamsAdapter adapter, ConversationReferenceStore references, IOptions<BotCredentialsOptions> credentials)
{
    public async Task<string?> SendAsync(string tenantId, string aadObjectId, ChatReply reply, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(tenantId, aadObjectId, cancellationToken);
        if (reference is null)
        {
            return null;
        }

        string? id = null;
        var failures = new TurnFailures();
        await adapter.ContinueConversationAsync(
            credentials.Value.MicrosoftAppId ?? "",
            reference,
            Captured(async (turnContext, ct) =>
            {
                var response = await turnContext.SendActivityAsync(CardAttachments.ToActivity(reply), ct);
                id = response?.Id;
            }, failures),
            cancellationToken);
        failures.ThrowIfAny();
        return id;
    }

    /// <summary>
    /// Opens a personal chat with a user who has none with the bot yet (the app must be installed for them) and sends
    /// the reply there. The serviceUrl and bot account come from <paramref name="viaAadObjectId"/>'s stored chat
    /// (someone of the same tenant who talked to the bot). Returns the sent activity's id, or null when impossible.
    /// </summary>
    public async Task<string?> CreateAndSendAsync(string tenantId, string aadObjectId, string viaAadObjectId, ChatReply reply, CancellationToken cancellationToken)
    {
        var via = await references.FindAsync(tenantId, viaAadObjectId, cancellationToken);
        if (via is null)
        {
            return null;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = via.Bot,
            Members = [new ChannelAccount(id: aadObjectId, aadObjectId: aadObjectId)],
            TenantId = tenantId,
            ChannelData = new Microsoft.Bot.Schema.Teams.TeamsChannelData { Tenant = new Microsoft.Bot.Schema.Teams.TenantInfo(tenantId) },
        };
        string? id = null;
        string? conversationId = null;
        var failures = new TurnFailures();
        await adapter.CreateConversationAsync(
            credentials.Value.MicrosoftAppId ?? "",
            via.ChannelId,
            via.ServiceUrl,
            null,
            parameters,
            Captured(async (turnContext, ct) =>
            {
                conversationId = turnContext.Activity.Conversation?.Id;
                var response = await turnContext.SendActivityAsync(CardAttachments.ToActivity(reply), ct);
                id = response?.Id;
            }, failures),
            cancellationToken);
        failures.ThrowIfAny();
        if (conversationId is not null)
        {
            await references.SaveCreatedAsync(tenantId, viaAadObjectId, aadObjectId, conversationId, cancellationToken);
        }

        return id;
    }

    /// <summary>Replaces a card the bot sent earlier, for everyone in the chat.</summary>
    public async Task<bool> UpdateAsync(string tenantId, string aadObjectId, string activityId, ChatReply reply, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(tenantId, aadObjectId, cancellationToken);
        if (reference is null)
        {
            return false;
        }

        var failures = new TurnFailures();
        await adapter.ContinueConversationAsync(
            credentials.Value.MicrosoftAppId ?? "",
            reference,
            Captured(async (turnContext, ct) =>
            {
                var activity = (Activity)CardAttachments.ToActivity(reply);
                activity.Id = activityId;
                await turnContext.UpdateActivityAsync(activity, ct);
            }, failures),
            cancellationToken);
        failures.ThrowIfAny();
        return true;
    }

    /// <summary>
    /// A proactive callback whose failure reaches the caller instead of the adapter's OnTurnError (which would log a
    /// failed turn and message the user about it: wrong for a send the user never asked for).
    /// </summary>
    private static BotCallbackHandler Captured(BotCallbackHandler callback, TurnFailures failures) => async (turnContext, ct) =>
    {
        try
        {
            await callback(turnContext, ct);
        }
        catch (Exception e)
        {
            failures.Exception = e;
        }
    };

    private sealed class TurnFailures
    {
        public Exception? Exception { get; set; }

        public void ThrowIfAny()
        {
            if (Exception is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(Exception);
            }
        }
    }
}
