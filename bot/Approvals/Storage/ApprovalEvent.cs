namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>The events of a request's history, as stored (kebab case).</summary>
public static class ApprovalEvent
{
    public const string Requested = "requested";
    public const string Delivered = "delivered";
    public const string Reminded = "reminded";
    public const string Escalated = "escalated";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";

    /// <summary>A question to the manager got its reply.</summary>
    public const string Answered = "answered";

    /// <summary>Nobody decided within Approvals:OpenRequestMaxDays: the bot withdrew the request.</summary>
    public const string Expired = "expired";
    public const string TextPurged = "text-purged";
    public const string Erased = "erased";

    /// <summary>The event that closes a request in <paramref name="status"/>.</summary>
    public static string Closed(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => Approved,
        ApprovalStatus.Rejected => Rejected,
        ApprovalStatus.Answered => Answered,
        ApprovalStatus.Expired => Expired,
        _ => Withdrawn,
    };
}
