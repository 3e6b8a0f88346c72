namespace Verkruisen.Bot.DraftCheck;

/// <summary>Where the draft is posted from: the author's own account or the school's.</summary>
public enum AccountKind
{
    Unknown,
    Personal,
    School,
}
