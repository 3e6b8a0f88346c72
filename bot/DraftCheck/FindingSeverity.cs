namespace Verkruisen.Bot.DraftCheck;

/// <summary>How much a finding weighs: a note keeps the draft allowed, the others decide the verdict.</summary>
public enum FindingSeverity
{
    Note,
    AskManager,
    NotAllowed,
}
