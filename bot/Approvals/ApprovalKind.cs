namespace Verkruisen.Bot.Approvals;

/// <summary>What a request asks of the manager.</summary>
public enum ApprovalKind
{
    /// <summary>A post to approve or reject.</summary>
    Draft,

    /// <summary>A question to the manager, no draft (rule 8): the manager answers it.</summary>
    Question,
}
