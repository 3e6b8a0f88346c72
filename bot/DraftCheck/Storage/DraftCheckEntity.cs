using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.DraftCheck.Storage;

/// <summary>
/// One check in the DraftChecks table: PartitionKey is the ISO week, RowKey the time and a unique id. It holds the
/// verdict, rules, finding kinds and context, never the draft text; who checked only as a pseudonymous key.
/// </summary>
public sealed class DraftCheckEntity : TableRow
{
    public string Verdict { get; set; } = "";

    /// <summary>Rule numbers, comma-separated ("3,4").</summary>
    public string Rules { get; set; } = "";

    /// <summary>Finding kinds, comma-separated ("pupil-health,named-pupil").</summary>
    public string Kinds { get; set; } = "";

    public string Platform { get; set; } = "";

    public string Language { get; set; } = "";

    public string Role { get; set; } = "";

    public string Account { get; set; } = "";

    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>Who checked, as a pseudonym (<see cref="Privacy.UserKey"/>), so their checks can be listed and erased; "" when unknown.</summary>
    public string UserKey { get; set; } = "";
}
