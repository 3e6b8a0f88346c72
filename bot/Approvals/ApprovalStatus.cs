namespace Verkruisen.Bot.Approvals;

/// <summary>Where an approval request stands.</summary>
public enum ApprovalStatus
{
    Open,
    Approved,
    Rejected,
    Withdrawn,

    /// <summary>A question to the manager (no draft) that the manager answered.</summary>
    Answered,

    /// <summary>Nobody decided (or answered) within Approvals:OpenRequestMaxDays: the bot withdrew it.</summary>
    Expired,
}
