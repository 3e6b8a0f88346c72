using System.ComponentModel.DataAnnotations;

namespace Verkruisen.Bot.Approvals;

/// <summary>Settings of the approval flow (section "Approvals"), validated at start.</summary>
public sealed class ApprovalOptions
{
    public const string SectionName = "Approvals";

    /// <summary>
    /// Entra object id of the approver for anyone without a manager (or who is their own manager), and of escalations:
    /// the director. Without it such requests cannot be sent and the teacher is told so.
    /// </summary>
    [RegularExpression("^[0-9a-fA-F-]{32,40}$", ErrorMessage = "Approvals:FallbackApprover must be an Entra object id (a GUID).")]
    public string? FallbackApprover { get; set; }

    /// <summary>Who may decide for an approver: <c>Deputies:{approverAadId}:0..n</c> = deputy AAD ids.</summary>
    public Dictionary<string, string[]> Deputies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest draft accepted, in characters.</summary>
    [Range(100, 50_000)]
    public int MaxDraftLength { get; set; } = 5000;

    /// <summary>School time (Mon–Fri, Europe/Amsterdam) an open request waits before the approver is reminded.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>School time an open request waits before it also goes to the fallback approver.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "60.00:00:00")]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Days (calendar days) an open request waits for a decision or an answer before the bot withdraws it as expired
    /// ("verlopen"): the requester is told, the cards can no longer be decided, and the retention takes it like any
    /// decided request. Must be longer than Approvals:EscalateAfter.
    /// </summary>
    [Range(7, 365)]
    public int OpenRequestMaxDays { get; set; } = 30;

    /// <summary>How often open requests are followed up (retries, reminders, escalations).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FollowUpInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Days after a decision (or withdrawal) the draft text is erased from the request.</summary>
    [Range(1, 3650)]
    public int DraftRetentionDays { get; set; } = 30;

    /// <summary>Days after a decision the whole request (and its index rows) is deleted.</summary>
    [Range(30, 3650)]
    public int RequestRetentionDays { get; set; } = 400;

    /// <summary>How often the retention purge runs.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a click's answer may spend on sending notifications before leaving them to the follow-up.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:04")]
    public TimeSpan NotifyBudget { get; set; } = TimeSpan.FromSeconds(3);
}
