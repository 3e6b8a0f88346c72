using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Runs the follow-up every Approvals:FollowUpInterval (first after one interval) and the retention purge every Approvals:PurgeInterval.
/// Never throws out of ExecuteAsync: a failing pass is logged and the next tick tries again.
/// </summary>
public sealed partial class ApprovalBackgroundService(
    ApprovalFollowUp followUp,
    ApprovalRetention retention,
    TimeProvider time,
    IOptions<ApprovalOptions> options,
    ILogger<ApprovalBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FollowUpInterval, time);
        var nextPurge = time.GetUtcNow();
        try
        {
            // The first pass after one interval: the tables are created meanwhile, and a restart waits like a tick.
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await followUp.RunOnceAsync(stoppingToken);
                    if (time.GetUtcNow() >= nextPurge)
                    {
                        await retention.PurgeAsync(stoppingToken);
                        nextPurge = time.GetUtcNow() + options.Value.PurgeInterval;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    Log.PassFailed(logger, e.GetType().Name, Hosting.RedactedException.Of(e));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Approval follow-up pass failed ({ErrorType}); the next tick retries")]
        public static partial void PassFailed(ILogger logger, string errorType, Exception exception);
    }
}
