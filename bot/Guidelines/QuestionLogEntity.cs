using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// One asked question. PartitionKey is the ISO week it was asked in (Europe/Amsterdam, "2026-W48"), so the weekly
/// digest reads one partition and the purge deletes whole old weeks; RowKey is inverted time + a random part, so a
/// week lists newest first. The question's text is stored only when the bot could not answer it; who asked only as a
/// pseudonymous key.
/// </summary>
public sealed class QuestionLogEntity : TableRow
{
    public DateTimeOffset AskedAt { get; set; }

    /// <summary>answer, help or out-of-scope.</summary>
    public string Kind { get; set; } = "";

    /// <summary>False when the bot said it was not sure (an unanswered question).</summary>
    public bool Answered { get; set; }

    /// <summary>Cited rule ids, most relevant first, comma-separated ("10,11").</summary>
    public string Rules { get; set; } = "";

    /// <summary>
    /// For an unanswered question: the sections it most likely belongs to, best first, comma-separated (at most
    /// three): the digest offers them to the director as "hoort bij regel N".
    /// </summary>
    public string? Likely { get; set; }

    /// <summary>nl or en.</summary>
    public string Language { get; set; } = "";

    public double Confidence { get; set; }

    /// <summary>Thumbs up (true) or down (false); null until given.</summary>
    public bool? Helpful { get; set; }

    /// <summary>The question's text, only for unanswered questions (the digest lists them).</summary>
    public string? Text { get; set; }

    /// <summary>Who asked, as a pseudonym (<see cref="Privacy.UserKey"/>), so their questions can be listed and erased; "" when unknown.</summary>
    public string UserKey { get; set; } = "";

    /// <summary>The id in the feedback buttons: partition and row together.</summary>
    public string QuestionId => PartitionKey + "_" + RowKey;
}
