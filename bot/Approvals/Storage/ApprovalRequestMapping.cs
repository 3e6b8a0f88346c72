using System.Text.Json;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>
/// The one place where a stored row becomes an <see cref="ApprovalRequest"/> and back. Each column keeps the format
/// rows were always stored in: the status by name, the photos as "true"/"false"/"", the card copies as
/// "aadId=activityId|…", rules and refresh ids comma-separated, the findings as JSON, the kind as "draft"/"question".
/// </summary>
internal static class ApprovalRequestMapping
{
    private const string KindQuestion = "question";
    private const string KindDraft = "draft";

    public static ApprovalRequest ToRequest(this ApprovalRequestEntity row) => new()
    {
        Id = row.PartitionKey,
        Kind = row.Kind == KindQuestion ? ApprovalKind.Question : ApprovalKind.Draft,
        Status = Enum.Parse<ApprovalStatus>(row.Status),
        TenantId = row.TenantId,
        RequesterAadId = row.RequesterAadId,
        RequesterName = row.RequesterName,
        RequesterChannelId = row.RequesterChannelId,
        ApproverAadId = row.ApproverAadId,
        ApproverName = row.ApproverName,
        EscalatedToAadId = row.EscalatedToAadId,
        EscalatedToName = row.EscalatedToName,
        RefreshUserIds = List(row.RefreshUserIds),
        Language = LanguageExtensions.FromWire(row.Language),
        Draft = row.Draft,
        Platform = row.Platform,
        Photos = row.Photos switch { "true" => true, "false" => false, _ => null },
        Question = row.Question,
        BotAnswer = row.BotAnswer,
        Verdict = VerdictNames.FromWire(row.Verdict),
        Rules = List(row.Rules),
        Findings = string.IsNullOrEmpty(row.FindingsJson) ? [] : JsonSerializer.Deserialize(row.FindingsJson, ApprovalJsonContext.Default.ListFinding) ?? [],
        CreatedAt = row.CreatedAt,
        DecidedAt = row.DecidedAt,
        DecidedByAadId = row.DecidedByAadId,
        DecidedByName = row.DecidedByName,
        Comment = row.Comment,
        ApproverActivityId = row.ApproverActivityId,
        Copies = Copies(row.Copies),
        RequesterTold = row.RequesterTold,
        RequesterActivityId = row.RequesterActivityId,
        DeliveryAttempts = row.DeliveryAttempts,
        RemindedAt = row.RemindedAt,
        EscalatedAt = row.EscalatedAt,
        NotifyPending = row.NotifyPending,
        DraftPurgedAt = row.DraftPurgedAt,
        FollowUpLeaseUntil = row.FollowUpLeaseUntil,
        ETag = row.ETag,
    };

    public static ApprovalRequestEntity ToRow(this ApprovalRequest request) => new()
    {
        PartitionKey = request.Id,
        RowKey = "",
        ETag = request.ETag,
        Kind = request.IsQuestion ? KindQuestion : KindDraft,
        Status = request.Status.ToString(),
        TenantId = request.TenantId,
        RequesterAadId = request.RequesterAadId,
        RequesterName = request.RequesterName,
        RequesterChannelId = request.RequesterChannelId,
        ApproverAadId = request.ApproverAadId,
        ApproverName = request.ApproverName,
        EscalatedToAadId = request.EscalatedToAadId,
        EscalatedToName = request.EscalatedToName,
        RefreshUserIds = string.Join(',', request.RefreshUserIds),
        Language = request.Language.ToWire(),
        Draft = request.Draft,
        Platform = request.Platform,
        Photos = request.Photos switch { true => "true", false => "false", null => "" },
        Question = request.Question,
        BotAnswer = request.BotAnswer,
        Verdict = request.Verdict?.ToWire() ?? "",
        Rules = string.Join(',', request.Rules),
        FindingsJson = JsonSerializer.Serialize([.. request.Findings], ApprovalJsonContext.Default.ListFinding),
        CreatedAt = request.CreatedAt,
        DecidedAt = request.DecidedAt,
        DecidedByAadId = request.DecidedByAadId,
        DecidedByName = request.DecidedByName,
        Comment = request.Comment,
        ApproverActivityId = request.ApproverActivityId,
        Copies = string.Join('|', request.Copies.Select(c => c.AadId + "=" + c.ActivityId)),
        RequesterTold = request.RequesterTold,
        RequesterActivityId = request.RequesterActivityId,
        DeliveryAttempts = request.DeliveryAttempts,
        RemindedAt = request.RemindedAt,
        EscalatedAt = request.EscalatedAt,
        NotifyPending = request.NotifyPending,
        DraftPurgedAt = request.DraftPurgedAt,
        FollowUpLeaseUntil = request.FollowUpLeaseUntil,
    };

    private static string[] List(string value) => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"aadId=activityId|…": one copy per person (case-insensitive; a later pair wins), in their stored order.</summary>
    private static CardCopy[] Copies(string value) =>
        [.. (value ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => new CardCopy(g.Key, g.Last()[1]))];
}
