using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.Guidelines;

/// <summary>How long the question log is kept, and how often old weeks are purged.</summary>
public sealed class QuestionLogOptions
{
    public const string SectionName = "QuestionLog";

    /// <summary>Entries older than this many days are deleted (whole ISO weeks).</summary>
    [Range(7, 3650)]
    public int RetentionDays { get; set; } = 180;

    /// <summary>How often the purge runs.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(12);
}
