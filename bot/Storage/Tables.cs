using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Storage;

/// <summary>The project's tables. Every feature gets its table from here, so names live in one place.</summary>
public sealed class Tables(TableServiceClient service, IOptions<StorageOptions> options)
{
    public const string ConversationReferences = "ConversationReferences";

    /// <summary>Every question asked (guidelines), partitioned by ISO week.</summary>
    public const string QuestionLog = "QuestionLog";

    /// <summary>One row per draft check (verdict, rules, platform; never the text), partitioned by ISO week.</summary>
    public const string DraftChecks = "DraftChecks";

    /// <summary>Who claimed and who received each week's digest: PartitionKey the ISO week, RowKey the recipient.</summary>
    public const string DigestClaims = "DigestClaims";

    /// <summary>Approval requests, the truth (PartitionKey = request id); see Approvals/Storage.</summary>
    public const string ApprovalRequests = "ApprovalRequests";

    /// <summary>Pointers to approval requests by requester, approver, state and month; see Approvals/Storage.</summary>
    public const string ApprovalIndex = "ApprovalIndex";

    /// <summary>Replies that could not be sent within their budget, until delivered (see Teams/Outbox).</summary>
    public const string ReplyOutbox = "ReplyOutbox";

    /// <summary>The append-only history of each approval request (PartitionKey = request id); see Approvals/Storage.</summary>
    public const string ApprovalEvents = "ApprovalEvents";

    /// <summary>Questions the director labelled from the digest ("hoort bij regel N"): the engine's school examples; see SchoolExamples.</summary>
    public const string SchoolExamples = "SchoolExamples";

    /// <summary>Every table the bot uses; created at start.</summary>
    public static readonly IReadOnlyList<string> All = [ConversationReferences, QuestionLog, DraftChecks, DigestClaims, ApprovalRequests, ApprovalIndex, ApprovalEvents, ReplyOutbox, SchoolExamples];

    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TableServiceClient Service => service;

    /// <summary>Completes once the tables were created at start (background work that needs them waits for this).</summary>
    public Task WhenReadyAsync(CancellationToken cancellationToken) => ready.Task.WaitAsync(cancellationToken);

    /// <summary>Called by <see cref="TableInitializer"/> when every table exists.</summary>
    public void MarkReady() => ready.TrySetResult();

    public TableClient Get(string name) => service.GetTableClient(options.Value.TablePrefix + name);
}
