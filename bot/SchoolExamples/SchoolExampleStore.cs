using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>The school's labelled questions in Table Storage: save (replacing an earlier label), read all, purge old ones.</summary>
public sealed class SchoolExampleStore(Tables tables, TimeProvider time, IOptions<SchoolExampleOptions> options) : IRetentionPurge
{
    string IRetentionPurge.Table => Tables.SchoolExamples;

    private TableClient Table => tables.Get(Tables.SchoolExamples);

    /// <summary>Stores the label of a question (a later label of the same question replaces it).</summary>
    public async Task<SchoolExampleEntity> SaveAsync(LearnedExample example, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(example);
        var entity = new SchoolExampleEntity
        {
            PartitionKey = SchoolExampleEntity.Partition,
            RowKey = example.Key,
            Text = example.Text,
            Label = example.Label,
            Language = language,
            LabelledAt = time.GetUtcNow(),
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        return entity;
    }

    /// <summary>Every labelled question within the retention period, oldest label first.</summary>
    public async Task<IReadOnlyList<SchoolExampleEntity>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var cutoff = Cutoff();
        var rows = new List<SchoolExampleEntity>();
        await foreach (var row in Table.QueryAsync<SchoolExampleEntity>(e => e.PartitionKey == SchoolExampleEntity.Partition, cancellationToken: cancellationToken))
        {
            if (row.LabelledAt >= cutoff)
            {
                rows.Add(row);
            }
        }

        return [.. rows.OrderBy(r => r.LabelledAt).ThenBy(r => r.RowKey, StringComparer.Ordinal)];
    }

    /// <summary>Deletes the labels older than the retention period; returns how many went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var old = Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {SchoolExampleEntity.Partition} and LabelledAt lt {Cutoff()}"),
            select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken);
        var deleted = 0;
        await foreach (var row in old)
        {
            try
            {
                await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Another instance purged it first.
            }
        }

        return deleted;
    }

    /// <summary>The examples the engine reads, from stored rows.</summary>
    public static LearnedExample ToExample(SchoolExampleEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new LearnedExample(row.RowKey, row.Text, row.Label);
    }

    private DateTimeOffset Cutoff() => time.GetUtcNow().AddDays(-options.Value.RetentionDays);
}
