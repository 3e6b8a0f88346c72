using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Storage;

/// <summary>
/// Creates the tables at start. Storage that is down for a moment does not stop the bot from starting:
/// it retries in the background, and /healthz reports storage as unhealthy meanwhile.
/// </summary>
public sealed partial class TableInitializer(Tables tables, TimeProvider time, ILogger<TableInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await EnsureTablesAsync(tables, stoppingToken);
                Log.TablesReady(logger, Tables.All.Count);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.TablesNotReady(logger, ex.GetType().Name);
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }
    }

    public static async Task EnsureTablesAsync(Tables tables, CancellationToken cancellationToken)
    {
        foreach (var name in Tables.All)
        {
            await tables.Get(name).CreateIfNotExistsAsync(cancellationToken);
        }

        tables.MarkReady();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Table storage ready: {TableCount} tables")]
        public static partial void TablesReady(ILogger logger, int tableCount);

        [LoggerMessage(2, LogLevel.Warning, "Table storage not reachable yet ({ErrorType}); retrying")]
        public static partial void TablesNotReady(ILogger logger, string errorType);
    }
}
