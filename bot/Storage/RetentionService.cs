using Azure;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Storage;

/// <summary>
/// Runs every registered <see cref="IRetentionPurge"/> at start and then every Storage:PurgeInterval. A purge that
/// fails (storage down, credentials not ready) is logged and retried at the next interval; the others still run.
/// </summary>
public sealed partial class RetentionService(
    Tables tables,
    IEnumerable<IRetentionPurge> purges,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await tables.WhenReadyAsync(stoppingToken); // a purge before the tables exist would fail and wait a whole interval
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over every purge.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var purge in purges)
        {
            try
            {
                Log.Purged(logger, purge.Table, await purge.PurgeAsync(cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.PurgeFailed(logger, purge.Table, (ex as RequestFailedException)?.Status ?? 0, ex.GetType().Name);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Retention purge of {Table}: {Count} rows deleted")]
        public static partial void Purged(ILogger logger, string table, int count);

        [LoggerMessage(2, LogLevel.Warning, "Retention purge of {Table} failed (status {Status}, {ErrorType}); retrying next interval")]
        public static partial void PurgeFailed(ILogger logger, string table, int status, string errorType);
    }
}
