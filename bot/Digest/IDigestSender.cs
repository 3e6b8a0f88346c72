using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Digest;

/// <summary>The edge the digest goes out through (the proactive sender; a counting fake in tests).</summary>
public interface IDigestSender
{
    /// <summary>The sent activity's id, or null when the recipient cannot be reached yet (no chat with the bot).</summary>
    Task<string?> SendAsync(string tenantId, string aadObjectId, ChatReply reply, CancellationToken cancellationToken);
}
