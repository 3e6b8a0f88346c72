using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>The school's labelled questions (section "SchoolExamples"): how long they are kept, how often instances reread them.</summary>
public sealed class SchoolExampleOptions
{
    public const string SectionName = "SchoolExamples";

    /// <summary>
    /// Days a labelled question is kept after it was labelled (default 400, a school year and its summer): long enough to be
    /// exported into the corpus (<c>ask --export-examples</c>); after that the purge deletes it.
    /// </summary>
    [Range(30, 3650)]
    public int RetentionDays { get; set; } = 400;

    /// <summary>How often every instance rereads the table, so an example labelled on another instance counts there too.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
