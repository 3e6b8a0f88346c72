namespace Verkruisen.Bot.DraftCheck;

/// <summary>A reminder that applies to the draft whatever the verdict (rules 2, 6, 7, 12).</summary>
public sealed record Reminder(string Rule, string Text);
