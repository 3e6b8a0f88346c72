using Azure;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.DraftCheck.Storage;

/// <summary>Purges old check records on a timer (DraftCheck:PurgeInterval, DraftCheck:RetentionDays).</summary>
public sealed partial class DraftCheckRetentionService(
    DraftCheckStore store,
    Verkruisen.Bot.Storage.Tables tables,
    TimeProvider time,
    IOptions<DraftCheckOptions> options,
    ILogger<DraftCheckRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await tables.WhenReadyAsync(stoppingToken); // a purge before the tables exist would fail and wait a whole interval
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        do
        {
            try
            {
                var purged = await store.PurgeAsync(stoppingToken);
                Log.Purged(logger, purged);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage down or credentials not ready: never stop the host over a purge.
                Log.PurgeFailed(logger, (e as RequestFailedException)?.Status ?? 0, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Draft-check retention purge removed {Count} records")]
        public static partial void Purged(ILogger logger, int count);

        [LoggerMessage(2, LogLevel.Warning, "Draft-check retention purge failed with status {Status} ({ErrorType})")]
        public static partial void PurgeFailed(ILogger logger, int status, string errorType);
    }
}
