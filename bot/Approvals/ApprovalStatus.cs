namespace Verkruisen.Bot.Approvals;

/// <summary>Where an approval request stands.</summary>
public enum ApprovalStatus
{
    Open,
    Approved,
    Rejected,
    Withdrawn,
}
