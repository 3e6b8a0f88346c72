using System.Collections.Concurrent;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>The sending edge, faked: records every digest that went out (recipient, fake time, card), or refuses.</summary>
public sealed class CountingSender(TimeProvider time) : IOutbound
{
    private readonly ChangeSignal changes = new();

    public ConcurrentQueue<(string Recipient, DateTimeOffset At, ChatReply Reply)> Sent { get; } = new();

    /// <summary>Recipients without a chat with the bot yet (the sender answers null).</summary>
    public ConcurrentDictionary<string, bool> Unreachable { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A real-time delay per send. It is what a race test needs, not synchronisation: it widens the window in which
    /// two instances overlap, so that a claim that is not exclusive would show as a double send.
    /// </summary>
    public TimeSpan Latency { get; set; }

    public bool Fail { get; set; }

    public async Task<string?> SendAsync(string tenantId, string userId, ChatReply reply, CancellationToken cancellationToken)
    {
        await Task.Delay(Latency, cancellationToken); // simulated Connector latency (see Latency): widens the race window, never waits for an event
        if (Fail)
        {
            throw new DeliveryFailedException("Connector503");
        }

        if (Unreachable.ContainsKey(userId))
        {
            return null;
        }

        Sent.Enqueue((userId, time.GetUtcNow(), reply));
        changes.Pulse();
        return "activity-" + Sent.Count;
    }

    /// <summary>Waits until <paramref name="count"/> digests went out.</summary>
    public Task WaitForSentAsync(int count) =>
        changes.UntilAsync(() => Sent.Count >= count, TimeSpan.FromSeconds(90), () => $"Expected {count} digests sent, got {Sent.Count}.");

    public Task<string?> OpenChatAndSendAsync(string tenantId, string userId, string viaUserId, ChatReply reply, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest never opens a chat.");

    public Task<bool> UpdateAsync(string tenantId, string userId, string messageId, ChatReply reply, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest never updates its card.");

    public Task<string?> ChannelUserIdAsync(string tenantId, string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The digest needs no channel ids.");

    public int CountFor(string recipient) => Sent.Count(s => s.Recipient == recipient);
}
