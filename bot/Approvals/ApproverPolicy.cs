using Microsoft.Extensions.Options;
using Verkruisen.Bot.EntraDirectory;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Who decides: the requester's manager from the directory; with no manager, or when the manager is the requester,
/// the configured fallback approver (the director). Deputies may decide for an approver. Nobody decides on their
/// own request.
/// </summary>
public sealed class ApproverPolicy(IDirectory directory, IOptions<ApprovalOptions> options)
{
    /// <summary>The approver for a requester, or null when there is nobody (no manager and no usable fallback).</summary>
    public async Task<DirectoryUser?> ResolveAsync(string requesterAadId, CancellationToken cancellationToken)
    {
        var manager = await directory.GetManagerAsync(requesterAadId, cancellationToken);
        if (manager is not null && !Same(manager.AadObjectId, requesterAadId))
        {
            return manager;
        }

        return await FallbackForAsync(requesterAadId, cancellationToken);
    }

    /// <summary>The fallback approver (director), unless it is the requester themself.</summary>
    public async Task<DirectoryUser?> FallbackForAsync(string requesterAadId, CancellationToken cancellationToken)
    {
        var fallback = options.Value.FallbackApprover;
        if (string.IsNullOrWhiteSpace(fallback) || Same(fallback, requesterAadId))
        {
            return null;
        }

        return await directory.GetUserAsync(fallback, cancellationToken) ?? new DirectoryUser(fallback, fallback);
    }

    /// <summary>Whether this user may approve or reject the request.</summary>
    public bool CanDecide(ApprovalRequest request, string? userAadId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(userAadId) || Same(userAadId, request.RequesterAadId))
        {
            return false;
        }

        return Approvers(request).Any(a => Same(a, userAadId) || DeputiesOf(a).Any(d => Same(d, userAadId)));
    }

    /// <summary>
    /// Whether this user may see the request's card: the requester, whoever may decide, the fallback approver (the
    /// director), and anyone the card was sent to.
    /// </summary>
    public bool CanView(ApprovalRequest request, string? userAadId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(userAadId))
        {
            return false;
        }

        return Same(userAadId, request.RequesterAadId)
            || CanDecide(request, userAadId)
            || (!string.IsNullOrWhiteSpace(options.Value.FallbackApprover) && Same(userAadId, options.Value.FallbackApprover))
            || request.HasCopy(userAadId);
    }

    /// <summary>The approver and, after an escalation, the fallback approver.</summary>
    public static IEnumerable<string> Approvers(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        yield return request.ApproverAadId;
        if (request.EscalatedToAadId.Length > 0)
        {
            yield return request.EscalatedToAadId;
        }
    }

    public IReadOnlyList<string> DeputiesOf(string approverAadId) =>
        options.Value.Deputies.TryGetValue(approverAadId, out var deputies) ? deputies : [];

    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
