using System.ComponentModel.DataAnnotations;
using Cronos;

namespace Verkruisen.Bot.Digest;

/// <summary>The weekly digest (section "Digest"): when it goes out, to whom, and how claims behave.</summary>
public sealed class DigestOptions : IValidatableObject
{
    public const string SectionName = "Digest";

    /// <summary>The setting <see cref="TenantId"/> defaults to: the first tenant the bot serves.</summary>
    public const string DefaultTenantSetting = "Teams:AllowedTenants:0";

    /// <summary>A five-field cron expression in <see cref="TimeZone"/>; default Monday 07:30.</summary>
    [Required]
    public string Schedule { get; set; } = "30 7 * * 1";

    /// <summary>
    /// Whether the digest goes out on <see cref="Schedule"/> (default true). Off in Development (appsettings), so the
    /// local director does not get a digest unasked; "overzicht" works either way.
    /// </summary>
    public bool ScheduleEnabled { get; set; } = true;

    /// <summary>An IANA time zone id for the schedule.</summary>
    [Required]
    public string TimeZone { get; set; } = Calendar.SchoolCalendar.ZoneId;

    /// <summary>The directors' Entra object ids: they receive the digest and may ask for it ("overzicht").</summary>
    public string[] Directors { get; set; } = [];

    /// <summary>The tenant the directors are in; defaults to Teams:AllowedTenants:0.</summary>
    public string? TenantId { get; set; }

    /// <summary>How often an instance looks for a digest that is due and not yet sent (e.g. a director not reachable yet).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a claim holds before another instance may take it over (after a crash).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a week's claims (who got the digest, when) are kept; they only guard against sending twice.</summary>
    [Range(14, 3650)]
    public int ClaimRetentionDays { get; set; } = 56;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CronExpression.TryParse(Schedule, out _))
        {
            yield return new ValidationResult("Digest:Schedule is not a valid five-field cron expression.", [nameof(Schedule)]);
        }

        if (!System.TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult("Digest:TimeZone is not a known time zone id.", [nameof(TimeZone)]);
        }
    }

    public bool IsDirector(string? aadObjectId) =>
        aadObjectId is not null && Directors.Any(d => d.Trim().Equals(aadObjectId, StringComparison.OrdinalIgnoreCase));
}
