namespace Verkruisen.Bot.DraftCheck;

/// <summary>The author's role; managers and directors always represent the school (rule 5).</summary>
public enum AuthorRole
{
    Unknown,
    Teacher,
    Manager,
    Director,
}
