using System.Collections.Concurrent;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>The sending edge, faked: records every digest that went out (recipient, fake time, card), or refuses.</summary>
public sealed class CountingSender(TimeProvider time) : IDigestSender
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

    public async Task<string?> SendAsync(string tenantId, string aadObjectId, ChatReply reply, CancellationToken cancellationToken)
    {
        await Task.Delay(Latency, cancellationToken);
        if (Fail)
        {
            throw new HttpRequestException("Connector down");
        }

        if (Unreachable.ContainsKey(aadObjectId))
        {
            return null;
        }

        Sent.Enqueue((aadObjectId, time.GetUtcNow(), reply));
        changes.Pulse();
        return "activity-" + Sent.Count;
    }

    /// <summary>Waits until <paramref name="count"/> digests went out.</summary>
    public Task WaitForSentAsync(int count) =>
        changes.UntilAsync(() => Sent.Count >= count, TimeSpan.FromSeconds(30), () => $"Expected {count} digests sent, got {Sent.Count}.");

    public int CountFor(string recipient) => Sent.Count(s => s.Recipient == recipient);
}
