using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>
/// A pointer to a request in the ApprovalIndex table, kept in step with <see cref="ApprovalRequestEntity"/> (which
/// stays the truth: a reader always loads the request and skips pointers that no longer fit). Keys:
/// <list type="bullet">
/// <item><c>open</c> / <c>{createdTicks:D19}|{id}</c>: every open request (follow-up, digest). Removed on decision.</item>
/// <item><c>created|{yyyy-MM}</c> / <c>{createdTicks:D19}|{id}</c>: requests created in a UTC month.</item>
/// <item><c>decided|{yyyy-MM}</c> / <c>{decidedTicks:D19}|{id}</c>: requests decided or withdrawn in a UTC month.</item>
/// <item><c>pending</c> / <c>{id}</c>: decided requests whose requester or card copies are not yet updated.</item>
/// </list>
/// Requests stored before may still have per-person pointers (<c>useropen|</c>, <c>appropen|</c>, <c>user|</c>) that
/// nothing reads; they go with the request (retention) or its requester's erasure.
/// </summary>
internal sealed class ApprovalIndexEntity : TableRow
{
    public string RequestId { get; set; } = "";
}
