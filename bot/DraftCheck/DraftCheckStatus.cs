namespace Verkruisen.Bot.DraftCheck;

/// <summary>Whether the draft was checked, or why not.</summary>
public enum DraftCheckStatus
{
    Checked,
    Empty,
    TooLong,
}
