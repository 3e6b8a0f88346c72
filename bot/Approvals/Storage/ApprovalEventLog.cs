using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>
/// The append-only history of each approval request (table ApprovalEvents): who did what, when, on which instance.
/// Kept as long as the request: deleted with it. An append that fails is logged and never fails the flow (the
/// request row stays the truth).
/// </summary>
public sealed partial class ApprovalEventLog(Tables tables, TimeProvider time, ILogger<ApprovalEventLog> logger)
{
    /// <summary>This instance, as events name it.</summary>
    public static string Instance { get; } = Environment.MachineName + "/" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    private long lastTicks;

    private TableClient Table => tables.Get(Tables.ApprovalEvents);

    public async Task AppendAsync(string requestId, string kind, string actorAadId, CancellationToken cancellationToken, string subjectAadId = "")
    {
        var now = time.GetUtcNow();
        var ticks = NextTicks(now.UtcTicks);
        var row = new ApprovalEventEntity
        {
            PartitionKey = requestId,
            RowKey = ticks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8],
            Event = kind,
            ActorAadId = actorAadId,
            SubjectAadId = subjectAadId,
            At = now,
            Instance = Instance,
        };
        try
        {
            await Table.AddEntityAsync(row, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            Log.AppendFailed(logger, requestId, kind, e.Status);
        }
    }

    /// <summary>Strictly increasing within this instance, so two events in one tick keep their order.</summary>
    private long NextTicks(long now)
    {
        while (true)
        {
            var last = Interlocked.Read(ref lastTicks);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref lastTicks, next, last) == last)
            {
                return next;
            }
        }
    }

    /// <summary>A request's events, oldest first.</summary>
    public async Task<IReadOnlyList<ApprovalEventEntity>> ReadAsync(string requestId, CancellationToken cancellationToken)
    {
        var events = new List<ApprovalEventEntity>();
        await foreach (var row in Table.QueryAsync<ApprovalEventEntity>(e => e.PartitionKey == requestId, cancellationToken: cancellationToken))
        {
            events.Add(row);
        }

        return events;
    }

    /// <summary>Deletes a request's history (the request itself is deleted).</summary>
    public async Task DeleteAsync(string requestId, CancellationToken cancellationToken)
    {
        foreach (var row in await ReadAsync(requestId, cancellationToken))
        {
            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    /// <summary>Erasure on request: the person's id in a request's history is replaced.</summary>
    public async Task ReplacePersonAsync(string requestId, string aadId, string replacement, CancellationToken cancellationToken)
    {
        foreach (var row in await ReadAsync(requestId, cancellationToken))
        {
            if (row.ActorAadId == aadId || row.SubjectAadId == aadId)
            {
                row.ActorAadId = row.ActorAadId == aadId ? replacement : row.ActorAadId;
                row.SubjectAadId = row.SubjectAadId == aadId ? replacement : row.SubjectAadId;
                await Table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Approval request {RequestId}: event {Event} not recorded (status {Status})")]
        public static partial void AppendFailed(ILogger logger, string requestId, string @event, int status);
    }
}
