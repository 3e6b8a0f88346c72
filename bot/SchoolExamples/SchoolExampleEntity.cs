using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>
/// A question the director labelled from the digest. PartitionKey is always <see cref="Partition"/> (a school labels a
/// few hundred at most: one partition, read whole); RowKey is the question-log id, so labelling again replaces it. The
/// text is kept on purpose, as a teaching example, with first names masked; who asked is not stored (the question log
/// never knew), nor who labelled it.
/// </summary>
public sealed class SchoolExampleEntity : TableRow
{
    public const string Partition = "example";

    /// <summary>The question as the digest quoted it (first names replaced by [naam]).</summary>
    public string Text { get; set; } = "";

    /// <summary>A section id ("4", "purpose") or "out-of-scope".</summary>
    public string Label { get; set; } = "";

    /// <summary>nl or en: the language the question was asked in.</summary>
    public string Language { get; set; } = "";

    public DateTimeOffset LabelledAt { get; set; }
}
