namespace Verkruisen.Bot.DraftCheck.CommandLine;

/// <summary>One line of <c>check --json</c> output: a verdict with its findings, or an error for that line.</summary>
internal sealed record CheckOutput(
    string? Verdict = null,
    IReadOnlyList<string>? Rules = null,
    IReadOnlyList<CheckFindingOutput>? Findings = null,
    string? Error = null,
    string? Message = null,
    int? Line = null);

internal sealed record CheckFindingOutput(string Rule, string Kind, string Message, string Excerpt);
