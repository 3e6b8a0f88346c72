using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace Verkruisen.Bot.Storage;

/// <summary>
/// Creates a table on first use: when storage answers 404 TableNotFound for one of the bot's tables (an emulator or
/// account that came back empty), the table is created and the request sent once more. Other tables are left alone.
/// </summary>
public sealed partial class CreateMissingTablePolicy(TableServiceClient creator, IReadOnlySet<string> tableNames, ILogger logger) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        await ProcessNextAsync(message, pipeline);
        if (message.Response.Status != 404 || TableOf(message.Request.Uri.Path) is not { } table || !tableNames.Contains(table)
            || !IsTableNotFound(message.Response))
        {
            return;
        }

        try
        {
            await creator.CreateTableIfNotExistsAsync(table, message.CancellationToken);
        }
        catch (Exception e) when (StorageFailure.Is(e))
        {
            Log.CreateFailed(logger, table, e.GetType().Name);
            return;
        }

        Log.Created(logger, table);
        await ProcessNextAsync(message, pipeline);
    }

    /// <summary>The table an entity or query request addresses: the path's last segment without "(keys)".</summary>
    public static string? TableOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segment = path.TrimEnd('/');
        segment = segment[(segment.LastIndexOf('/') + 1)..];
        var paren = segment.IndexOf('(', StringComparison.Ordinal);
        return paren == 0 ? null : paren > 0 ? segment[..paren] : segment;
    }

    private static bool IsTableNotFound(Azure.Response response) =>
        (response.Headers.TryGetValue("x-ms-error-code", out var code) && code == "TableNotFound")
        || (response.Content?.ToString().Contains("TableNotFound", StringComparison.Ordinal) ?? false);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Table {Table} was missing (storage came back empty?): created on first use")]
        public static partial void Created(ILogger logger, string table);

        [LoggerMessage(2, LogLevel.Warning, "Table {Table} is missing and could not be created now ({ErrorType})")]
        public static partial void CreateFailed(ILogger logger, string table, string errorType);
    }
}
