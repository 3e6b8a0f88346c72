using Azure;
using Azure.Data.Tables;

namespace Verkruisen.Bot.Storage;

/// <summary>The four properties every Table Storage entity carries; each entity of ours derives from this.</summary>
public abstract class TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
