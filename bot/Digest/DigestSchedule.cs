using Cronos;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// When digests are due. An occurrence of the cron expression (in its time zone, daylight saving included) makes
/// the digest of the ISO week before the occurrence's week due, for the rest of that week: an instance that was
/// down at 07:30 on Monday still sends it on Wednesday, and one that was down all week sends the next week's
/// digest, never the old one.
/// </summary>
public sealed class DigestSchedule
{
    private readonly CronExpression cron;
    private readonly TimeZoneInfo zone;

    public DigestSchedule(IOptions<DigestOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        cron = CronExpression.Parse(options.Value.Schedule);
        zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    }

    /// <summary>The week whose digest is due at <paramref name="now"/>, or null when none is (yet) this week.</summary>
    public DigestWeek? DueWeek(DateTimeOffset now)
    {
        var thisWeek = DigestWeek.Of(now);
        var occurred = cron.GetOccurrences(thisWeek.Start.UtcDateTime, now.UtcDateTime, zone, fromInclusive: true, toInclusive: true).Any();
        return occurred ? thisWeek.Previous() : null;
    }

    /// <summary>The next occurrence strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset? NextOccurrence(DateTimeOffset now) =>
        cron.GetNextOccurrence(now, zone, inclusive: false);
}
