using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// Claims in the DigestClaims table, made safe between instances by the table's own concurrency: a first claim is
/// an insert (409 when another instance was first), a takeover of an expired claim an update with the read ETag
/// (412 when another instance took it over first). Weeks older than Digest:ClaimRetentionDays are purged.
/// </summary>
public sealed class DigestClaimStore(Tables tables, TimeProvider time, IOptions<DigestOptions> options) : IRetentionPurge
{
    private TableClient Table => tables.Get(Tables.DigestClaims);

    string IRetentionPurge.Table => Tables.DigestClaims;

    /// <summary>Deletes the claims of every week that began before the retention period.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = DigestWeek.Of(time.GetUtcNow().AddDays(-options.Value.ClaimRetentionDays)).Key;
        var old = new List<DigestClaimEntity>();
        await foreach (var row in Table.QueryAsync<DigestClaimEntity>(TableClient.CreateQueryFilter($"PartitionKey lt {cutoff}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            old.Add(row);
        }

        foreach (var row in old)
        {
            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        return old.Count;
    }

    public async Task<ClaimOutcome> TryClaimAsync(string week, string recipient, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var existing = await Table.GetEntityIfExistsAsync<DigestClaimEntity>(week, recipient, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            var claim = new DigestClaimEntity
            {
                PartitionKey = week, RowKey = recipient, State = DigestClaimEntity.Claimed, Owner = owner, LeaseUntil = now + lease, Attempts = 1,
            };
            try
            {
                var response = await Table.AddEntityAsync(claim, cancellationToken);
                claim.ETag = response.Headers.ETag ?? default;
                return new ClaimOutcome(ClaimStatus.Claimed, claim);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                return new ClaimOutcome(ClaimStatus.Busy, null);
            }
        }

        var current = existing.Value!;
        if (current.State == DigestClaimEntity.Sent)
        {
            return new ClaimOutcome(ClaimStatus.Sent, current);
        }

        if (current.LeaseUntil > now)
        {
            return new ClaimOutcome(ClaimStatus.Busy, current);
        }

        current.Owner = owner;
        current.LeaseUntil = now + lease;
        current.Attempts++;
        try
        {
            var response = await Table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, cancellationToken);
            current.ETag = response.Headers.ETag ?? default;
            return new ClaimOutcome(ClaimStatus.Claimed, current);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return new ClaimOutcome(ClaimStatus.Busy, null);
        }
    }

    /// <summary>Marks the digest delivered; false when another instance took the claim over meanwhile (412).</summary>
    public async Task<bool> MarkSentAsync(DigestClaimEntity claim, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        claim.State = DigestClaimEntity.Sent;
        claim.SentAt = time.GetUtcNow();
        claim.ActivityId = activityId;
        try
        {
            await Table.UpdateEntityAsync(claim, claim.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Taken over after our lease ran out: mark it sent anyway, so nobody sends a third time.
            await Table.UpdateEntityAsync(claim, ETag.All, TableUpdateMode.Replace, cancellationToken);
            return false;
        }
    }

    /// <summary>Gives a claim up (nothing was sent): its lease ends now, so a later tick claims it again.</summary>
    public async Task ReleaseAsync(DigestClaimEntity claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        claim.LeaseUntil = time.GetUtcNow();
        try
        {
            await Table.UpdateEntityAsync(claim, claim.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // Someone else holds it now; nothing to give up.
        }
    }

    public async Task<DigestClaimEntity?> FindAsync(string week, string recipient, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<DigestClaimEntity>(week, recipient, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }
}
