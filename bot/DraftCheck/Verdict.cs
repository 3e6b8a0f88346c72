namespace Verkruisen.Bot.DraftCheck;

/// <summary>What the checker says about a draft: mag, twijfel (vraag je leidinggevende) or niet plaatsen.</summary>
public enum Verdict
{
    Allowed,
    AskManager,
    NotAllowed,
}
