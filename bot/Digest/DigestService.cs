using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// Wakes at each occurrence of the schedule and at least every poll interval (to catch up after a restart, a crash
/// of another instance or a director who was not reachable), and lets the dispatcher send what is due.
/// Never throws out of ExecuteAsync: a failed tick is logged and retried at the next.
/// </summary>
public sealed partial class DigestService(
    DigestDispatcher dispatcher,
    DigestSchedule schedule,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleEnabled)
        {
            Log.ScheduleOff(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await dispatcher.RunDueAsync(stoppingToken);
                if (sent > 0)
                {
                    Log.Sent(logger, sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.TickFailed(logger, Hosting.RedactedException.Of(e));
            }

            try
            {
                await Task.Delay(NextDelay(time.GetUtcNow()), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Until the next occurrence or the next poll, whichever is first.</summary>
    private TimeSpan NextDelay(DateTimeOffset now)
    {
        var poll = options.Value.PollInterval;
        return schedule.NextOccurrence(now) is { } next && next - now < poll ? next - now : poll;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Weekly digest delivered to {Count} recipients")]
        public static partial void Sent(ILogger logger, int count);

        [LoggerMessage(2, LogLevel.Warning, "Weekly digest tick failed; retrying at the next tick")]
        public static partial void TickFailed(ILogger logger, Exception exception);

        [LoggerMessage(3, LogLevel.Information, "Weekly digest schedule is off (Digest:ScheduleEnabled=false); \"overzicht\" still works")]
        public static partial void ScheduleOff(ILogger logger);
    }
}
