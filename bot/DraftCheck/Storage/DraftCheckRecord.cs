namespace Verkruisen.Bot.DraftCheck.Storage;

/// <summary>A recorded check, as the weekly digest reads it.</summary>
public sealed record DraftCheckRecord(
    string Verdict,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Kinds,
    string Platform,
    string Language,
    string Role,
    string Account,
    DateTimeOffset CheckedAt);
