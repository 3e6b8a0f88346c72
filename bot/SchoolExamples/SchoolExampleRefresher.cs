using Microsoft.Extensions.Options;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>
/// Keeps this instance's <see cref="LearnedExamples"/> equal to the table: reads it at start and then every
/// SchoolExamples:RefreshInterval (one partition, a few hundred small rows at most), so a question labelled on another
/// instance counts here within that interval, with no restart. Rows past their retention are left out (the retention
/// purge, <see cref="SchoolExampleStore"/> under RetentionService, deletes them). A read that fails keeps the examples it had and tries again next interval.
/// </summary>
public sealed partial class SchoolExampleRefresher(
    SchoolExampleStore store,
    LearnedExamples learned,
    Tables tables,
    IOptions<SchoolExampleOptions> options,
    TimeProvider time,
    ILogger<SchoolExampleRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await tables.WhenReadyAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.RefreshFailed(logger, StorageFailure.StatusOf(ex), ex.GetType().Name);
            }

            await Task.Delay(options.Value.RefreshInterval, time, stoppingToken);
        }
    }

    /// <summary>Reads the table and makes it this instance's examples.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var since = learned.Generation;
        var rows = await store.ReadAllAsync(cancellationToken);
        learned.Replace(rows.Select(SchoolExampleStore.ToExample), since);
    }

    private static partial class Log
    {
        [LoggerMessage(2, LogLevel.Warning, "Reading the school examples failed (status {Status}, {ErrorType}); keeping the ones in use")]
        public static partial void RefreshFailed(ILogger logger, int status, string errorType);
    }
}
