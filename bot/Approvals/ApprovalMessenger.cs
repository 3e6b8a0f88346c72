using Verkruisen.Bot.Chat;
using Verkruisen.Bot.EntraDirectory;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Reaches people in their 1:1 chat with the bot through the outbound port: the existing chat, or (none yet) install
/// the app for them with Graph and open the chat. A delivery that fails now, or does not fit the caller's time budget,
/// is logged with ids and returned as null/false: the request stays stored and the follow-up tries again. Anything
/// else is a bug and reaches the caller, which logs it with its stack.
/// </summary>
public sealed partial class ApprovalMessenger(
    IOutbound outbound,
    IDirectory directory,
    ILogger<ApprovalMessenger> logger)
{
    /// <summary>Sends to a person; <paramref name="viaAadId"/> is someone in the tenant with a chat (for a new chat's serviceUrl).</summary>
    public async Task<string?> SendAsync(string tenantId, string aadId, string viaAadId, ChatReply reply, CancellationToken cancellationToken)
    {
        try
        {
            var id = await outbound.SendAsync(tenantId, aadId, reply, cancellationToken);
            if (id is not null)
            {
                return id;
            }

            if (!await directory.InstallAppForUserAsync(aadId, cancellationToken))
            {
                Log.Unreachable(logger, aadId, "NotInstalled");
                return null;
            }

            return await outbound.OpenChatAndSendAsync(tenantId, aadId, viaAadId, reply, cancellationToken);
        }
        catch (Exception e) when (ReasonOf(e, cancellationToken) is { } reason)
        {
            Log.Unreachable(logger, aadId, reason);
            return null;
        }
    }

    /// <summary>Replaces a card sent earlier; false when it could not be done now.</summary>
    public async Task<bool> UpdateAsync(string tenantId, string aadId, string activityId, ChatReply reply, CancellationToken cancellationToken)
    {
        try
        {
            return await outbound.UpdateAsync(tenantId, aadId, activityId, reply, cancellationToken);
        }
        catch (Exception e) when (ReasonOf(e, cancellationToken) is { } reason)
        {
            Log.UpdateFailed(logger, aadId, reason);
            return false;
        }
    }

    /// <summary>The language the person reads (stored with their chat); Dutch when unknown or not readable now.</summary>
    public async Task<Language> LanguageOfAsync(string tenantId, string aadId, CancellationToken cancellationToken)
    {
        try
        {
            return await outbound.LanguageOfAsync(tenantId, aadId, cancellationToken);
        }
        catch (Exception e) when (e is DeliveryFailedException or OperationCanceledException)
        {
            return Language.Nl;
        }
    }

    /// <summary>The person's channel user id (29:…) if they have a chat with the bot, for a card's refresh list.</summary>
    public async Task<string?> ChannelIdAsync(string tenantId, string aadId, CancellationToken cancellationToken)
    {
        try
        {
            return await outbound.ChannelUserIdAsync(tenantId, aadId, cancellationToken);
        }
        catch (DeliveryFailedException e)
        {
            Log.Unreachable(logger, aadId, e.Reason);
            return null;
        }
    }

    /// <summary>The failures worth another try: the port's, the directory's (Graph unreachable), or the caller's budget ran out.</summary>
    private static string? ReasonOf(Exception e, CancellationToken cancellationToken) => e switch
    {
        DeliveryFailedException d => d.Reason,
        OperationCanceledException when cancellationToken.IsCancellationRequested => "OutOfTime",
        HttpRequestException or Azure.Identity.AuthenticationFailedException => "DirectoryUnavailable",
        _ => null,
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Could not reach user {AadObjectId} ({Reason}); will retry")]
        public static partial void Unreachable(ILogger logger, string aadObjectId, string reason);

        [LoggerMessage(2, LogLevel.Warning, "Could not update a card for user {AadObjectId} ({Reason}); will retry")]
        public static partial void UpdateFailed(ILogger logger, string aadObjectId, string reason);
    }
}
