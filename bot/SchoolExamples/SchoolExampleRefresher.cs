using Microsoft.Extensions.Options;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>
/// Keeps this instance's <see cref="LearnedExamples"/> equal to the table: reads it at start and then every
/// SchoolExamples:RefreshInterval (one partition, a few hundred small rows at most), so a question labelled on another
/// instance counts here within that interval, with no restart. Once a day it also deletes labels past their retention.
/// A read that fails keeps the examples it had and tries again next interval.
/// </summary>
public sealed partial class SchoolExampleRefresher(
    SchoolExampleStore store,
    LearnedExamples learned,
    Tables tables,
    IOptions<SchoolExampleOptions> options,
    TimeProvider time,
    ILogger<SchoolExampleRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromDays(1);

    private DateTimeOffset lastPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await tables.WhenReadyAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
                if (time.GetUtcNow() - lastPurge >= PurgeEvery)
                {
                    Log.Purged(logger, await store.PurgeAsync(stoppingToken), options.Value.RetentionDays);
                    lastPurge = time.GetUtcNow();
                }
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
        [LoggerMessage(1, LogLevel.Information, "School examples purge: {Deleted} labels older than {RetentionDays} days deleted")]
        public static partial void Purged(ILogger logger, int deleted, int retentionDays);

        [LoggerMessage(2, LogLevel.Warning, "Reading the school examples failed (status {Status}, {ErrorType}); keeping the ones in use")]
        public static partial void RefreshFailed(ILogger logger, int status, string errorType);
    }
}
