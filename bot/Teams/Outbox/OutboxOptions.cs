using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.Teams.Outbox;

/// <summary>How long a reply may hold the inbound request, and how the outbox delivers the rest (section "Teams:Outbox").</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Teams:Outbox";

    /// <summary>
    /// The time a reply may take inside the turn, retries included, before it goes to the outbox. Teams gives up on a
    /// request after about 15 s and may deliver the message again; the turn's other work needs its share too.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:08", ErrorMessage = "Teams:Outbox:ReplyBudget must be between 100 ms and 8 s.")]
    public TimeSpan ReplyBudget { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How often the sender looks for replies that are due (it is also woken when one is queued).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00", ErrorMessage = "Teams:Outbox:PollInterval must be between 50 ms and 5 minutes.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one delivery attempt from the outbox may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Teams:Outbox:AttemptBudget must be between 1 s and 5 minutes.")]
    public TimeSpan AttemptBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A reply older than this is dropped (an answer a day late helps nobody); also the outbox's retention.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Teams:Outbox:MaxAge must be between 1 minute and 7 days.")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(12);
}
