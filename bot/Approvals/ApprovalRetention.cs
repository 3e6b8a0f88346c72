using Microsoft.Extensions.Options;
using Verkruisen.Bot.Approvals.Storage;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Retention of decided (and withdrawn) requests: the draft text, the question and the findings' excerpts are
/// erased Approvals:DraftRetentionDays after the decision; the whole request and its pointers go after
/// Approvals:RequestRetentionDays. Open requests are never purged. Reads only the "decided" pointers.
/// </summary>
public sealed partial class ApprovalRetention(ApprovalStore store, ApprovalEventLog events, TimeProvider time, IOptions<ApprovalOptions> options, ILogger<ApprovalRetention> logger)
{
    public async Task<(int DraftsErased, int Deleted)> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var draftCutoff = now.AddDays(-options.Value.DraftRetentionDays);
        var deleteCutoff = now.AddDays(-options.Value.RequestRetentionDays);
        int erased = 0, deleted = 0;
        await foreach (var request in store.DecidedBeforeAsync(draftCutoff, cancellationToken))
        {
            if (request.DecidedAt is { } decided && decided < deleteCutoff)
            {
                await store.DeleteAsync(request, cancellationToken);
                await events.DeleteAsync(request.Id, cancellationToken);
                deleted++;
            }
            else if (request.DraftPurgedAt is null && !request.IsOpen && (await store.SaveAsync(request, EraseText, cancellationToken)).Saved)
            {
                await events.AppendAsync(request.Id, ApprovalEvent.TextPurged, "", cancellationToken);
                erased++;
            }
        }

        Log.Purged(logger, erased, deleted);
        return (erased, deleted);
    }

    /// <summary>The request without the draft's words (null when already erased, or open again: nothing to write).</summary>
    private ApprovalRequest? EraseText(ApprovalRequest request) =>
        request.DraftPurgedAt is not null || request.IsOpen
            ? null
            : request with
            {
                Draft = "",
                Question = "",
                BotAnswer = "",
                Findings = [.. request.Findings.Select(f => f with { Excerpt = "" })],
                DraftPurgedAt = time.GetUtcNow(),
            };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Approval retention: {Erased} drafts erased, {Deleted} requests deleted")]
        public static partial void Purged(ILogger logger, int erased, int deleted);
    }
}
