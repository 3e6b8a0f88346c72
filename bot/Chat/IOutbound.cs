using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Chat;

/// <summary>
/// The one way a feature reaches a person outside a turn (an approval card, a digest, a reminder): by tenant and
/// Entra object id, through the person's personal chat with the bot. The Teams edge implements it with stored
/// conversation references. A failed delivery throws <see cref="DeliveryFailedException"/>; nothing else is expected.
/// </summary>
public interface IOutbound
{
    /// <summary>Sends to the person's chat. The sent message's id (to update it later), or null when they have no chat yet.</summary>
    Task<string?> SendAsync(string tenantId, string userId, ChatReply reply, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a personal chat with a person who has none yet (the app must be installed for them) and sends there.
    /// <paramref name="viaUserId"/> is someone of the same tenant who has a chat (its channel and service come along).
    /// The sent message's id, or null when it cannot be done.
    /// </summary>
    Task<string?> OpenChatAndSendAsync(string tenantId, string userId, string viaUserId, ChatReply reply, CancellationToken cancellationToken);

    /// <summary>Replaces a message sent earlier (a card's new state). False when the person has no chat.</summary>
    Task<bool> UpdateAsync(string tenantId, string userId, string messageId, ChatReply reply, CancellationToken cancellationToken);

    /// <summary>The person's id in the chat channel (29:…) if they have a chat with the bot (a card's refresh list needs it).</summary>
    Task<string?> ChannelUserIdAsync(string tenantId, string userId, CancellationToken cancellationToken);

    /// <summary>The language the person reads, stored with their chat (their activities' locale); Dutch when unknown.</summary>
    Task<Language> LanguageOfAsync(string tenantId, string userId, CancellationToken cancellationToken) => Task.FromResult(Language.Nl);
}
