using Verkruisen.Bot.Approvals;
using Xunit.Abstractions;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>What one request and one decision cost in Table Storage requests (measured through the pipeline).</summary>
public sealed class ApprovalStorageCostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RequestAndDecision_UseAFewPointRequestsAndNoScan()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Deputy);
        await s.RequestAsync("Warm-up"); // conversation references are cached after their first write
        s.Storage.Reset();

        await s.ClickAsync(Teacher, "draftcheck.request-approval", new() { ["draft"] = "Een foto van de klas.", ["photos"] = "true" });
        var create = s.Storage.ToString();
        var createTotal = s.Storage.Total;
        var request = (await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None)).OrderBy(r => r.CreatedAt).Last();
        s.Storage.Reset();
        await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request));
        var decide = s.Storage.ToString();
        var decideTotal = s.Storage.Total;
        s.Storage.Reset();
        await s.Store.ListOpenAsync(CancellationToken.None);
        var digestOpen = s.Storage.ToString();

        output.WriteLine($"request ({createTotal}): {create}");
        output.WriteLine($"decision ({decideTotal}): {decide}");
        output.WriteLine($"digest ListOpen with 1 open: {digestOpen}");
        // Request: 2 index rows (open, created), the request, its delivery update, conversation lookups (also each recipient's language,
        // for a card in their language), the status card's id. Decision: read, conditional write, index moves, the
        // notifications' update (each copy's reader language read by key). The requests table is never queried, only
        // read by key. The history adds one append per event: requested and delivered to approver and deputy; decided.
        Assert.InRange(createTotal, 7, 20);
        Assert.InRange(decideTotal, 4, 18);
        Assert.Contains("POST ApprovalEvents: 3", create, StringComparison.Ordinal);
        Assert.Contains("POST ApprovalEvents: 1", decide, StringComparison.Ordinal);
        Assert.DoesNotContain("ApprovalRequests (query)", create + decide + digestOpen, StringComparison.Ordinal);
        Assert.Contains("GET ApprovalIndex (query): 1", digestOpen, StringComparison.Ordinal);
    }
}
