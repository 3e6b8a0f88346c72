using System.IO.Compression;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams.Outbox;

/// <summary>The outbox table: queue a reply, find those due, claim one (ETag, so two instances never both send it), finish it.</summary>
public sealed class OutboxStore(Tables tables, TimeProvider time)
{
    /// <summary>Table Storage's limit for one binary property.</summary>
    private const int MaxPropertyBytes = 64 * 1024;

    private TableClient Table => tables.Get(Tables.ReplyOutbox);

    /// <summary>Queues a reply; false when it is too large to store.</summary>
    public async Task<bool> EnqueueAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entity = new OutboxEntity
        {
            PartitionKey = OutboxEntity.Partition,
            RowKey = Guid.NewGuid().ToString("N"),
            Reference = Pack(reference),
            Activity = Pack(activity),
            CreatedAt = now,
            DueAt = now,
        };
        if (entity.Reference.Length > MaxPropertyBytes || entity.Activity.Length > MaxPropertyBytes)
        {
            return false;
        }

        await Table.AddEntityAsync(entity, cancellationToken);
        return true;
    }

    /// <summary>Replies whose next attempt is due, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxEntity>> DueAsync(int max, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OutboxEntity.Partition} and DueAt le {time.GetUtcNow()}");
        var due = new List<OutboxEntity>();
        await foreach (var row in Table.QueryAsync<OutboxEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            due.Add(row);
            if (due.Count == max)
            {
                break;
            }
        }

        return [.. due.OrderBy(r => r.CreatedAt)];
    }

    /// <summary>Takes a reply for one attempt (pushes its due time past the attempt); false when another sender has it.</summary>
    public async Task<bool> ClaimAsync(OutboxEntity entity, TimeSpan attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.DueAt = time.GetUtcNow() + attempt + attempt;
        entity.Attempts++;
        try
        {
            var response = await Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            entity.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Puts a reply back for a later attempt.</summary>
    public async Task PostponeAsync(OutboxEntity entity, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.DueAt = time.GetUtcNow() + wait;
        var response = await Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        entity.ETag = response.Headers.ETag ?? default;
    }

    /// <summary>Removes a reply (delivered, refused for good, or too old).</summary>
    public async Task RemoveAsync(OutboxEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            await Table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    public static ConversationReference ReferenceOf(OutboxEntity entity) => Unpack<ConversationReference>(entity.Reference);

    public static Activity ActivityOf(OutboxEntity entity) => Unpack<Activity>(entity.Activity);

    private static byte[] Pack(object value)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest))
        {
            brotli.Write(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(value)));
        }

        return buffer.ToArray();
    }

    private static T Unpack<T>(byte[] packed)
    {
        using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return JsonConvert.DeserializeObject<T>(reader.ReadToEnd())!;
    }
}
