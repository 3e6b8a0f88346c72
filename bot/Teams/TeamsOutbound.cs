using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// The outbound port in Teams terms: sends to a user's personal chat from outside a turn through the stored
/// conversation reference. What the Connector or storage refuse comes out as <see cref="DeliveryFailedException"/>,
/// never into the adapter's turn-error handler (which would tell the user about a send they never asked for).
/// </summary>
public sealed class TeamsOutbound(TeamsAdapter adapter, ConversationReferenceStore references, IOptions<BotCredentialsOptions> credentials)
    : IOutbound
{
    public async Task<string?> SendAsync(string tenantId, string userId, ChatReply reply, CancellationToken cancellationToken)
    {
        var reference = await FindAsync(tenantId, userId, cancellationToken);
        if (reference is null)
        {
            return null;
        }

        string? id = null;
        await ContinueAsync(reference, async (turnContext, ct) =>
        {
            var response = await turnContext.SendActivityAsync(CardAttachments.ToActivity(reply), ct);
            id = response?.Id;
        }, cancellationToken);
        return id;
    }

    public async Task<string?> OpenChatAndSendAsync(string tenantId, string userId, string viaUserId, ChatReply reply, CancellationToken cancellationToken)
    {
        var via = await FindAsync(tenantId, viaUserId, cancellationToken);
        if (via is null)
        {
            return null;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = via.Bot,
            Members = [new ChannelAccount(id: userId, aadObjectId: userId)],
            TenantId = tenantId,
            ChannelData = new Microsoft.Bot.Schema.Teams.TeamsChannelData { Tenant = new Microsoft.Bot.Schema.Teams.TenantInfo(tenantId) },
        };
        string? id = null;
        string? conversationId = null;
        var failures = new TurnFailures();
        await Delivered(() => adapter.CreateConversationAsync(
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
            cancellationToken), failures, cancellationToken);
        if (conversationId is not null)
        {
            await Delivered(() => references.SaveCreatedAsync(tenantId, viaUserId, userId, conversationId, cancellationToken), null, cancellationToken);
        }

        return id;
    }

    public async Task<bool> UpdateAsync(string tenantId, string userId, string messageId, ChatReply reply, CancellationToken cancellationToken)
    {
        var reference = await FindAsync(tenantId, userId, cancellationToken);
        if (reference is null)
        {
            return false;
        }

        await ContinueAsync(reference, async (turnContext, ct) =>
        {
            var activity = (Activity)CardAttachments.ToActivity(reply);
            activity.Id = messageId;
            await turnContext.UpdateActivityAsync(activity, ct);
        }, cancellationToken);
        return true;
    }

    public async Task<string?> ChannelUserIdAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        (await FindAsync(tenantId, userId, cancellationToken))?.User?.Id;

    public Task<Language> LanguageOfAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        references.LanguageOfAsync(tenantId, userId, cancellationToken);

    private Task<ConversationReference?> FindAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        Delivered(() => references.FindAsync(tenantId, userId, cancellationToken), null, cancellationToken);

    private Task<bool> ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var failures = new TurnFailures();
        return Delivered(
            () => adapter.ContinueConversationAsync(credentials.Value.MicrosoftAppId ?? "", reference, Captured(callback, failures), cancellationToken),
            failures,
            cancellationToken);
    }

    /// <summary>Runs a step; the failures worth another try become <see cref="DeliveryFailedException"/>, the rest stays as it is.</summary>
    private static async Task<T> Delivered<T>(Func<Task<T>> step, TurnFailures? failures, CancellationToken cancellationToken)
    {
        try
        {
            var result = await step();
            failures?.ThrowIfAny();
            return result;
        }
        catch (Exception e) when (ReasonOf(e, cancellationToken) is { } reason)
        {
            throw new DeliveryFailedException(reason, e);
        }
    }

    private static Task<bool> Delivered(Func<Task> step, TurnFailures? failures, CancellationToken cancellationToken) =>
        Delivered(async () => { await step(); return true; }, failures, cancellationToken);

    private static string? ReasonOf(Exception e, CancellationToken cancellationToken) => e switch
    {
        ErrorResponseException r => "Connector" + (int?)r.Response?.StatusCode,
        UntrustedServiceUrlException => "UntrustedServiceUrl",
        HttpRequestException => "ConnectorUnreachable",
        TimeoutException or Polly.Timeout.TimeoutRejectedException => "Timeout",
        OperationCanceledException when !cancellationToken.IsCancellationRequested => "Timeout",
        Microsoft.Identity.Client.MsalException => "TokenUnavailable",
        _ when StorageFailure.Is(e, cancellationToken) => "StorageUnavailable",
        _ => null,
    };

    /// <summary>A proactive callback whose failure reaches the caller instead of the adapter's OnTurnError.</summary>
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
