using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// One tick of the schedule: if a week's digest is due, claim it per director, send it, mark it sent.
/// <para>
/// Exactly once, and where it can fail: a claim is only ever held by one instance (conditional insert / ETag
/// update), and a sent digest is marked sent right after the Connector accepted it. An instance that crashes
/// after claiming and before sending leaves a claim whose lease runs out; a later tick (any instance) takes it over
/// and sends, so nothing is skipped. The one window left is between the Connector accepting the message and the
/// "sent" mark being stored (a crash or a storage outage in those milliseconds): then the lease runs out and the
/// digest is sent a second time. We choose that over losing a digest. The send is cancelled after half the lease,
/// so a takeover never overlaps a send still in flight.
/// </para>
/// </summary>
public sealed partial class DigestDispatcher(
    DigestSchedule schedule,
    DigestClaimStore claims,
    DigestReader reader,
    IOutbound sender,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestDispatcher> logger)
{
    private readonly ConcurrentDictionary<string, bool> delivered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>This instance's name in claims.</summary>
    public string Owner { get; } = Environment.MachineName + "/" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Sends what is due and not yet sent; returns how many digests this call delivered.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (schedule.DueWeek(now) is not { } week)
        {
            return 0;
        }

        var tenant = string.IsNullOrWhiteSpace(options.Value.TenantId) ? null : options.Value.TenantId;
        var recipients = options.Value.Directors
            .Select(d => d.Trim().ToLowerInvariant())
            .Where(d => d.Length > 0 && !delivered.ContainsKey(week.Key + "/" + d))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (tenant is null || recipients.Count == 0)
        {
            return 0;
        }

        var held = new List<DigestClaimEntity>();
        foreach (var recipient in recipients)
        {
            var outcome = await claims.TryClaimAsync(week.Key, recipient, Owner, options.Value.ClaimLease, cancellationToken);
            if (outcome.Status == ClaimStatus.Sent)
            {
                delivered[week.Key + "/" + recipient] = true;
            }
            else if (outcome.Status == ClaimStatus.Claimed)
            {
                held.Add(outcome.Claim!);
            }
        }

        if (held.Count == 0)
        {
            return 0;
        }

        ChatReply reply;
        try
        {
            var digest = await reader.ReadAsync(week, now, cancellationToken);
            reply = ChatReply.FromCard(DigestCard.Create(digest, Language.Nl));
        }
        catch
        {
            await Task.WhenAll(held.Select(c => claims.ReleaseAsync(c, CancellationToken.None)));
            throw;
        }

        var sent = 0;
        foreach (var claim in held)
        {
            sent += await SendAsync(tenant, claim, reply, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    private async Task<bool> SendAsync(string tenant, DigestClaimEntity claim, ChatReply reply, CancellationToken cancellationToken)
    {
        string? activityId;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.ClaimLease / 2);
            activityId = await sender.SendAsync(tenant, claim.RowKey, reply, timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.SendFailed(logger, claim.PartitionKey, claim.RowKey, Hosting.RedactedException.Of(e));
            await claims.ReleaseAsync(claim, CancellationToken.None);
            return false;
        }

        if (activityId is null)
        {
            Log.NotReachable(logger, claim.PartitionKey, claim.RowKey);
            await claims.ReleaseAsync(claim, CancellationToken.None);
            return false;
        }

        var clean = await claims.MarkSentAsync(claim, activityId, CancellationToken.None);
        delivered[claim.PartitionKey + "/" + claim.RowKey] = true;
        Log.Sent(logger, claim.PartitionKey, claim.RowKey, claim.Attempts, clean);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Digest {Week} sent to {Recipient} (attempt {Attempts}, claim kept {Clean})")]
        public static partial void Sent(ILogger logger, string week, string recipient, int attempts, bool clean);

        [LoggerMessage(2, LogLevel.Information, "Digest {Week} for {Recipient}: no chat with the bot yet; retrying on a later tick")]
        public static partial void NotReachable(ILogger logger, string week, string recipient);

        [LoggerMessage(3, LogLevel.Warning, "Digest {Week} to {Recipient} failed; claim released for a later tick")]
        public static partial void SendFailed(ILogger logger, string week, string recipient, Exception exception);
    }
}
