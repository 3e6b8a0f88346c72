namespace Verkruisen.Bot.DraftCheck;

/// <summary>
/// One thing the checker found: the protocol rule, a stable machine id (<c>pupil-health</c>), a short explanation
/// in the reader's language and the part of the draft that triggered it.
/// </summary>
public sealed record Finding(string Rule, string Kind, string Message, string Excerpt, FindingSeverity Severity);
