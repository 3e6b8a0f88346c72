using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>Settings of the draft check (section "DraftCheck").</summary>
public sealed class DraftCheckOptions
{
    public const string SectionName = "DraftCheck";

    /// <summary>The longest draft checked, in characters; longer drafts are refused with the limit named.</summary>
    [Range(100, 50_000)]
    public int MaxDraftLength { get; set; } = 5000;

    /// <summary>How long check records (never the draft text) are kept, in days.</summary>
    [Range(7, 3650)]
    public int RetentionDays { get; set; } = 400;

    /// <summary>How often the retention purge runs.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(24);
}
