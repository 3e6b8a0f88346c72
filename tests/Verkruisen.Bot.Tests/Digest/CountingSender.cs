using System.Collections.Concurrent;
using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>The sending edge, faked: records every digest that went out (recipient, fake time, card), or refuses.</summary>
public sealed class CountingSender(TimeProvider time) : IOutbound
{
    public ConcurrentQueue<(string Recipient, DateTimeOffset At, ChatReply Reply)> Sent { get; } = new();

    /// <summary>Recipients without a chat with the bot yet (the sender answers null).</summary>
    public ConcurrentDictionary<string, bool> Unreachable { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A real-time delay per send, to let racing instances overlap.</summary>
    public TimeSpan Latency { get; set; }

    public bool Fail { get; set; }

    public async Task<string?> SendAsync(string tenantId, string userId, ChatReply reply, CancellationToken cancellationToken)
    {
        await Task.Delay(Latency, cancellationToken);
        if (Fail)
        {
            throw new DeliveryFailedException("Connector503");
        }

        if (Unreachable.ContainsKey(userId))
        {
            return null;
        }

        Sent.Enqueue((userId, time.GetUtcNow(), reply));
        return "activity-" + Sent.Count;
    }

    public Task<string?> OpenChatAndSendAsync(string tenantId, string userId, string viaUserId, ChatReply reply, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest never opens a chat.");

    public Task<bool> UpdateAsync(string tenantId, string userId, string messageId, ChatReply reply, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest never updates its card.");

    public Task<string?> ChannelUserIdAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest needs no channel ids.");

    public int CountFor(string recipient) => Sent.Count(s => s.Recipient == recipient);
}
