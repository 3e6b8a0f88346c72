using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>The outcome of a check. <see cref="Verdict"/> is set when <see cref="Status"/> is Checked.</summary>
public sealed record DraftCheckResult(
    DraftCheckStatus Status,
    Verdict? Verdict,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Reminder> Reminders,
    Language DraftLanguage,
    int Length,
    int MaxLength)
{
    /// <summary>The rules of the findings, each once, in protocol order.</summary>
    public IReadOnlyList<string> Rules => [.. Findings.Select(f => f.Rule).Distinct(StringComparer.Ordinal)
        .OrderBy(r => int.TryParse(r, out var n) ? n : int.MaxValue)];

    public static DraftCheckResult NotChecked(DraftCheckStatus status, Language language, int length, int maxLength) =>
        new(status, null, [], [], language, length, maxLength);
}
