using System.Text.Json;
using Verkruisen.Bot.Approvals.Storage;

namespace Verkruisen.Bot.Approvals;

/// <summary>The stored findings of a request.</summary>
public static class ApprovalFindings
{
    /// <summary>The findings with the quoted words of the draft removed (for the retention purge).</summary>
    public static string WithoutExcerpts(string findingsJson)
    {
        var findings = JsonSerializer.Deserialize(findingsJson, ApprovalJsonContext.Default.ListFinding) ?? [];
        return JsonSerializer.Serialize([.. findings.Select(f => f with { Excerpt = "" })], ApprovalJsonContext.Default.ListFinding);
    }
}
