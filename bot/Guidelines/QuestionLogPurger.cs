using Azure;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Guidelines;

/// <summary>Deletes question-log weeks older than the retention period, at start and then every interval.</summary>
public sealed partial class QuestionLogPurger(
    QuestionLogStore store, Verkruisen.Bot.Storage.Tables tables, IOptions<QuestionLogOptions> options, TimeProvider time, ILogger<QuestionLogPurger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await tables.WhenReadyAsync(stoppingToken); // a purge before the tables exist would fail and wait a whole interval
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        do
        {
            try
            {
                var deleted = await store.PurgeAsync(stoppingToken);
                Log.Purged(logger, deleted, options.Value.RetentionDays);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage down or credentials not ready: never stop the host over a purge.
                Log.PurgeFailed(logger, (ex as RequestFailedException)?.Status ?? 0);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Question log purge: {Deleted} entries older than {RetentionDays} days deleted")]
        public static partial void Purged(ILogger logger, int deleted, int retentionDays);

        [LoggerMessage(2, LogLevel.Warning, "Question log purge failed (status {Status}); retrying next interval")]
        public static partial void PurgeFailed(ILogger logger, int status);
    }
}
