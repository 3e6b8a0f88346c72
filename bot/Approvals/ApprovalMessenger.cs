using Verkruisen.Bot.Chat;
using Verkruisen.Bot.EntraDirectory;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Teams;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Reaches people in their 1:1 chat with the bot: the stored conversation, or (none yet) install the app for them
/// with Graph and open the chat. A failure is logged with ids and returned as null/false, never thrown: the
/// request stays stored and the follow-up tries again.
/// </summary>
public sealed partial class ApprovalMessenger(
    ProactiveSender sender,
    ConversationReferenceStore references,
    IDirectory directory,
    ILogger<ApprovalMessenger> logger)
{
    /// <summary>Sends to a person; <paramref name="viaAadId"/> is someone in the tenant with a chat (for a new chat's serviceUrl).</summary>
    public async Task<string?> SendAsync(string tenantId, string aadId, string viaAadId, ChatReply reply, CancellationToken cancellationToken)
    {
        try
        {
            var id = await sender.SendAsync(tenantId, aadId, reply, cancellationToken);
            if (id is not null)
            {
                return id;
            }

            if (!await directory.InstallAppForUserAsync(aadId, cancellationToken))
            {
                Log.Unreachable(logger, aadId, "NotInstalled");
                return null;
            }

            return await sender.CreateAndSendAsync(tenantId, aadId, viaAadId, reply, cancellationToken);
        }
        catch (Exception e)
        {
            Log.Unreachable(logger, aadId, e.GetType().Name);
            return null;
        }
    }

    /// <summary>Replaces a card sent earlier; false when it could not be done now.</summary>
    public async Task<bool> UpdateAsync(string tenantId, string aadId, string activityId, ChatReply reply, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.UpdateAsync(tenantId, aadId, activityId, reply, cancellationToken);
        }
        catch (Exception e)
        {
            Log.UpdateFailed(logger, aadId, e.GetType().Name);
            return false;
        }
    }

    /// <summary>The language the person reads (stored with their chat); Dutch when unknown or not readable now.</summary>
    public async Task<Language> LanguageOfAsync(string tenantId, string aadId, CancellationToken cancellationToken)
    {
        try
        {
            return await references.LanguageOfAsync(tenantId, aadId, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return Language.Nl;
        }
    }

    /// <summary>The person's channel user id (29:…) if they have a chat with the bot, for a card's refresh list.</summary>
    public async Task<string?> ChannelIdAsync(string tenantId, string aadId, CancellationToken cancellationToken)
    {
        try
        {
            return (await references.FindAsync(tenantId, aadId, cancellationToken))?.User?.Id;
        }
        catch (Azure.RequestFailedException)
        {
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Could not reach user {AadObjectId} ({Reason}); will retry")]
        public static partial void Unreachable(ILogger logger, string aadObjectId, string reason);

        [LoggerMessage(2, LogLevel.Warning, "Could not update a card for user {AadObjectId} ({Reason}); will retry")]
        public static partial void UpdateFailed(ILogger logger, string aadObjectId, string reason);
    }
}
