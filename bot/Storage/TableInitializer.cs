using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Storage;

/// <summary>
/// Creates the tables at start, before the other hosted services start (it is registered first and its start waits
/// for the tables, within <see cref="StartBudget"/>), so no background service meets a missing table on a clean start.
/// Storage that is down does not stop the bot from starting: it retries in the background, and /healthz reports
/// storage as unhealthy meanwhile.
/// </summary>
public sealed partial class TableInitializer(Tables tables, TimeProvider time, ILogger<TableInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>How long the start waits for the tables before leaving it to the background retries.</summary>
    public static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(10);

    private bool ready;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(StartBudget);
        try
        {
            await EnsureTablesAsync(tables, budget.Token);
            ready = true;
            Log.TablesReady(logger, Tables.All.Count);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TablesNotReady(logger, ex.GetType().Name);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!ready && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await EnsureTablesAsync(tables, stoppingToken);
                ready = true;
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
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Table storage ready: {TableCount} tables")]
        public static partial void TablesReady(ILogger logger, int tableCount);

        [LoggerMessage(2, LogLevel.Warning, "Table storage not reachable yet ({ErrorType}); retrying")]
        public static partial void TablesNotReady(ILogger logger, string errorType);
    }
}
