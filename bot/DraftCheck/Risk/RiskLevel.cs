namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>How strongly a category is in a draft: below its doubt threshold, in the uncertain middle, or present.</summary>
public enum RiskLevel
{
    Below,
    Doubt,
    Present,
}
