using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Teams;

namespace Verkruisen.Bot.Digest;

/// <summary>Sends the digest to a director's personal chat, like approval cards go to approvers.</summary>
public sealed class ProactiveDigestSender(ProactiveSender sender) : IDigestSender
{
    public Task<string?> SendAsync(string tenantId, string aadObjectId, ChatReply reply, CancellationToken cancellationToken) =>
        sender.SendAsync(tenantId, aadObjectId, reply, cancellationToken);
}
