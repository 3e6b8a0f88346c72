using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>
/// Approval requests (ApprovalRequests, the truth, ETag-guarded) and their index (ApprovalIndex, pointers that
/// make every query a partition read: see <see cref="ApprovalIndexEntity"/>). No query scans a whole table.
/// Takes and returns <see cref="ApprovalRequest"/>s; their rows (<see cref="ApprovalRequestEntity"/>) stay in here.
/// </summary>
public sealed class ApprovalStore(Tables tables, TimeProvider? time = null) : IApprovalDigestSource
{
    private TableClient Requests => tables.Get(Tables.ApprovalRequests);

    private TableClient Index => tables.Get(Tables.ApprovalIndex);

    /// <summary>How long a pointer may wait for its request before a reader takes it for the remains of a failed create.</summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Stores a new request, all or nothing: pointers first, then the request (its row is the commit point, so a stored
    /// request is always findable). When any write fails, what was written is removed again and the failure rethrown;
    /// pointers that could not be removed (storage gone) are orphans that readers skip and remove (<see cref="OrphanAge"/>).
    /// Returns the request as stored (with its version).
    /// </summary>
    public async Task<ApprovalRequest> CreateAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            await Task.WhenAll(Pointers(request).Select(p => PointAsync(p.Partition, p.Row, request.Id, cancellationToken)));
            var response = await Requests.AddEntityAsync(request.ToRow(), cancellationToken);
            return request with { ETag = response.Headers.ETag ?? default };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await UndoCreateAsync(request);
            throw;
        }
    }

    /// <summary>Best effort: the request row (an ambiguous write may have landed) and then every pointer of a failed create.</summary>
    private async Task UndoCreateAsync(ApprovalRequest request)
    {
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await IgnoreMissingAsync(Requests.DeleteEntityAsync(request.Id, "", ETag.All, budget.Token));
            await Task.WhenAll(Pointers(request).Select(p => UnpointAsync(p.Partition, p.Row, budget.Token)));
        }
        catch (Exception e) when (StorageFailure.Is(e) || e is OperationCanceledException)
        {
            // Storage is gone: the pointers left behind are orphans, removed by the next reader after OrphanAge.
        }
    }

    private static IEnumerable<(string Partition, string Row)> Pointers(ApprovalRequest request)
    {
        var id = request.Id;
        var at = request.CreatedAt;
        yield return (ApprovalIndexKeys.Open, ApprovalIndexKeys.Timed(at, id));
        yield return (ApprovalIndexKeys.Created(at), ApprovalIndexKeys.Timed(at, id));
    }

    /// <summary>
    /// The per-person pointers that requests stored before they were dropped still have (nothing reads them): removed
    /// with the request or its requester's erasure, so no person's id stays behind in a partition key.
    /// </summary>
    private static IEnumerable<(string Partition, string Row)> LegacyPointers(ApprovalRequest request, string requesterAadId)
    {
        var id = request.Id;
        var at = request.CreatedAt;
        yield return (ApprovalIndexKeys.LegacyUserOpen(requesterAadId), id);
        yield return (ApprovalIndexKeys.LegacyUser(requesterAadId), ApprovalIndexKeys.Inverted(at, id));
        foreach (var approver in new[] { request.ApproverAadId, request.EscalatedToAadId }.Where(a => a.Length > 0))
        {
            yield return (ApprovalIndexKeys.LegacyApproverOpen(approver), ApprovalIndexKeys.Timed(at, id));
        }
    }

    public async Task<ApprovalRequest?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsRequestId(id))
        {
            return null; // not an id this store hands out (e.g. "a/b", which storage cannot even look up)
        }

        var result = await Requests.GetEntityIfExistsAsync<ApprovalRequestEntity>(id, "", cancellationToken: cancellationToken);
        return result.HasValue && result.Value is { } row ? row.ToRequest() : null;
    }

    /// <summary>The request whose id starts with <paramref name="prefix"/> (8 to 32 hex digits), or null when none or several do.</summary>
    public async Task<ApprovalRequest?> FindByIdPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var id = prefix.Trim().ToLowerInvariant();
        if (id.Length is < 8 or > 32 || !id.All(Uri.IsHexDigit))
        {
            return null;
        }

        var found = new List<ApprovalRequest>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {id} and PartitionKey lt {id + "{"}");
        await foreach (var row in Requests.QueryAsync<ApprovalRequestEntity>(filter, maxPerPage: 2, cancellationToken: cancellationToken))
        {
            found.Add(row.ToRequest());
            if (found.Count == 2)
            {
                break;
            }
        }

        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Writes the request if nobody changed it since it was read (at <paramref name="version"/>); throws 412 otherwise. Returns it with its new version. (Only through <see cref="SaveAsync"/>, and tests.)</summary>
    internal async Task<ApprovalRequest> UpdateAsync(ApprovalRequest request, ETag version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await Requests.UpdateEntityAsync(request.ToRow(), version, TableUpdateMode.Replace, cancellationToken);
        return request with { ETag = response.Headers.ETag ?? default };
    }

    /// <summary>
    /// The one way a stored request changes: <paramref name="change"/> makes the new request from the one it is given
    /// (or null: the request as it stands needs no write), which is written under the given one's version; on a
    /// conflict the request is read again and the change applied to that (up to 5 times), so a change checks the
    /// state it is given, not the state first read. Saved: the change was stored; false when it declined, the request
    /// is gone, or it never got through. Request: the request as stored (as written, or as last read, with its version).
    /// </summary>
    public async Task<(bool Saved, ApprovalRequest Request)> SaveAsync(
        ApprovalRequest request, Func<ApprovalRequest, ApprovalRequest?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(change);
        var current = request;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (change(current) is not { } changed)
            {
                return (false, current);
            }

            if (changed.Id != current.Id)
            {
                throw new InvalidOperationException("A change must not give a request another id.");
            }

            try
            {
                return (true, await UpdateAsync(changed, current.ETag, cancellationToken));
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                if (await GetAsync(current.Id, cancellationToken) is not { } stored)
                {
                    return (false, current);
                }

                current = stored;
            }
        }

        return (false, current);
    }

    /// <summary>Moves the pointers of a request that was just decided or withdrawn (idempotent).</summary>
    public async Task MarkClosedAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Id;
        var decidedAt = request.DecidedAt ?? request.CreatedAt;
        await Task.WhenAll(
            request.NotifyPending ? PointAsync(ApprovalIndexKeys.Pending, id, id, cancellationToken) : Task.CompletedTask,
            PointAsync(ApprovalIndexKeys.Decided(decidedAt), ApprovalIndexKeys.Timed(decidedAt, id), id, cancellationToken));
        await UnpointOpenAsync(request, cancellationToken);
    }

    public Task ClearPendingAsync(string id, CancellationToken cancellationToken) => UnpointAsync(ApprovalIndexKeys.Pending, id, cancellationToken);

    /// <summary>Every open request, oldest first (stale pointers skipped).</summary>
    public async Task<IReadOnlyList<ApprovalRequest>> ListOpenRequestsAsync(CancellationToken cancellationToken) =>
        [.. (await LoadAsync(ApprovalIndexKeys.Open, null, null, null, cancellationToken)).Where(r => r.IsOpen)];

    /// <summary>Decided requests whose notifications are not all through yet.</summary>
    public async Task<IReadOnlyList<ApprovalRequest>> ListPendingAsync(CancellationToken cancellationToken) =>
        await LoadAsync(ApprovalIndexKeys.Pending, null, null, null, cancellationToken);

    public async Task<IReadOnlyList<ApprovalSummary>> ListCreatedAsync(DateTimeOffset fromInclusive, DateTimeOffset untilExclusive, CancellationToken cancellationToken) =>
        await ListTimedAsync(ApprovalIndexKeys.Created, fromInclusive, untilExclusive, cancellationToken);

    public async Task<IReadOnlyList<ApprovalSummary>> ListDecidedAsync(DateTimeOffset fromInclusive, DateTimeOffset untilExclusive, CancellationToken cancellationToken) =>
        await ListTimedAsync(ApprovalIndexKeys.Decided, fromInclusive, untilExclusive, cancellationToken);

    public async Task<IReadOnlyList<ApprovalSummary>> ListOpenAsync(CancellationToken cancellationToken) =>
        [.. (await ListOpenRequestsAsync(cancellationToken)).Select(r => r.ToSummary())];

    /// <summary>
    /// The requests decided (or withdrawn) before <paramref name="before"/>, read one at a time through the decided
    /// partitions of months before its month, and that month up to it. A pointer whose request is gone is removed.
    /// </summary>
    internal async IAsyncEnumerable<ApprovalRequest> DecidedBeforeAsync(DateTimeOffset before, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {"decided|"} and PartitionKey le {ApprovalIndexKeys.Decided(before)} and RowKey lt {ApprovalIndexKeys.Ticks(before)}");
        var pointers = new List<ApprovalIndexEntity>(); // all read first: the caller deletes as it goes
        await foreach (var row in Index.QueryAsync<ApprovalIndexEntity>(filter, cancellationToken: cancellationToken))
        {
            pointers.Add(row);
        }

        foreach (var pointer in pointers)
        {
            if (await GetAsync(pointer.RequestId, cancellationToken) is { } request)
            {
                yield return request;
            }
            else
            {
                await UnpointAsync(pointer.PartitionKey, pointer.RowKey, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Every request a person made, was asked to decide, was escalated to or decided. The one query that reads the
    /// whole table: it runs only when a person asks for their data (AVG), and the table holds a school's requests.
    /// </summary>
    public async Task<IReadOnlyList<ApprovalRequest>> ListInvolvingAsync(string aadId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"RequesterAadId eq {aadId} or ApproverAadId eq {aadId} or EscalatedToAadId eq {aadId} or DecidedByAadId eq {aadId}");
        var found = new List<ApprovalRequest>();
        await foreach (var row in Requests.QueryAsync<ApprovalRequestEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(row.ToRequest());
        }

        return found;
    }

    /// <summary>Removes the requester's pointers (their lists) of a request whose requester was erased.</summary>
    public Task UnpointRequesterAsync(ApprovalRequest request, string requesterAadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.WhenAll(LegacyPointers(request, requesterAadId)
            .Select(p => UnpointAsync(p.Partition, p.Row, cancellationToken))
            .Append(UnpointAsync(ApprovalIndexKeys.Pending, request.Id, cancellationToken)));
    }

    /// <summary>Deletes an open or withdrawn request with every pointer, the open lists' included.</summary>
    public async Task DeleteWithOpenPointersAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await UnpointOpenAsync(request, cancellationToken);
        await DeleteAsync(request, cancellationToken);
    }

    /// <summary>Removes the pointer that lists a request as open.</summary>
    private Task UnpointOpenAsync(ApprovalRequest request, CancellationToken cancellationToken) =>
        UnpointAsync(ApprovalIndexKeys.Open, ApprovalIndexKeys.Timed(request.CreatedAt, request.Id), cancellationToken);

    /// <summary>Deletes a request and every pointer to it that can still exist.</summary>
    internal async Task DeleteAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var id = request.Id;
        var decidedAt = request.DecidedAt ?? request.CreatedAt;
        await Task.WhenAll(LegacyPointers(request, request.RequesterAadId)
            .Select(p => UnpointAsync(p.Partition, p.Row, cancellationToken))
            .Append(UnpointAsync(ApprovalIndexKeys.Created(request.CreatedAt), ApprovalIndexKeys.Timed(request.CreatedAt, id), cancellationToken))
            .Append(UnpointAsync(ApprovalIndexKeys.Pending, id, cancellationToken)));
        await IgnoreMissingAsync(Requests.DeleteEntityAsync(id, "", ETag.All, cancellationToken));
        await UnpointAsync(ApprovalIndexKeys.Decided(decidedAt), ApprovalIndexKeys.Timed(decidedAt, id), cancellationToken);
    }

    private Task UnpointAsync(string partition, string row, CancellationToken cancellationToken) =>
        IgnoreMissingAsync(Index.DeleteEntityAsync(partition, row, ETag.All, cancellationToken));

    private async Task<IReadOnlyList<ApprovalSummary>> ListTimedAsync(
        Func<DateTimeOffset, string> partition, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var all = new List<ApprovalRequest>();
        foreach (var month in ApprovalIndexKeys.Months(from, until))
        {
            all.AddRange(await LoadAsync(partition(month), ApprovalIndexKeys.Ticks(from), ApprovalIndexKeys.Ticks(until), null, cancellationToken));
        }

        return [.. all.Select(r => r.ToSummary())];
    }

    private async Task<IReadOnlyList<ApprovalRequest>> LoadAsync(
        string partition, string? rowFrom, string? rowUntil, int? max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        if (rowFrom is not null && rowUntil is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"RowKey ge {rowFrom} and RowKey lt {rowUntil}");
        }

        var rows = new List<ApprovalIndexEntity>();
        await foreach (var row in Index.QueryAsync<ApprovalIndexEntity>(filter, maxPerPage: max, select: ["RowKey", "RequestId", "Timestamp"], cancellationToken: cancellationToken))
        {
            rows.Add(row);
            if (rows.Count == max)
            {
                break;
            }
        }

        var ids = rows.Select(r => r.RequestId).Distinct(StringComparer.Ordinal).ToList();
        var loaded = await Task.WhenAll(ids.Select(id => GetAsync(id, cancellationToken)));
        var found = loaded.OfType<ApprovalRequest>().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        await RepairAsync(partition, [.. rows.Where(r => !found.Contains(r.RequestId))], cancellationToken);
        return [.. loaded.OfType<ApprovalRequest>()];
    }

    /// <summary>The repair pass: pointers to a request that does not exist, older than <see cref="OrphanAge"/>, are removed.</summary>
    private async Task RepairAsync(string partition, IReadOnlyList<ApprovalIndexEntity> dangling, CancellationToken cancellationToken)
    {
        var cutoff = (time ?? TimeProvider.System).GetUtcNow() - OrphanAge;
        foreach (var orphan in dangling.Where(r => r.Timestamp is { } written && written < cutoff))
        {
            await UnpointAsync(partition, orphan.RowKey, cancellationToken);
        }
    }

    /// <summary>Request ids are 32 lowercase hex digits (a Guid "N").</summary>
    public static bool IsRequestId(string? id) =>
        id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private async Task PointAsync(string partition, string row, string id, CancellationToken cancellationToken) =>
        await Index.UpsertEntityAsync(new ApprovalIndexEntity { PartitionKey = partition, RowKey = row, RequestId = id }, TableUpdateMode.Replace, cancellationToken);

    private static async Task IgnoreMissingAsync(Task<Response> delete)
    {
        try
        {
            await delete;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
