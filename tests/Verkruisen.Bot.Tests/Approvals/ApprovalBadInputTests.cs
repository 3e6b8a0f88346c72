using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>Approval faults found by the adversarial run (issue 17): strangers, tampered ids, oversized fields, failed creates.</summary>
public sealed class ApprovalBadInputTests
{
    [Fact]
    public async Task Refresh_ByAStranger_RevealsNothingAboutTheRequest()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        var (_, request) = await s.RequestAsync(draft: "Geheim concept over het schoolreisje van groep 5.");

        var stranger = await s.ClickAsync(Colleague, ApprovalVerbs.Refresh, Id(request));
        var missing = await s.ClickAsync(Colleague, ApprovalVerbs.Refresh, new JObject { ["requestId"] = Guid.NewGuid().ToString("N") });
        var manager = await s.ClickAsync(Manager, ApprovalVerbs.Refresh, Id(request));

        Assert.Equal(200, (int?)stranger["statusCode"]);
        var shown = stranger["value"]!.ToString();
        Assert.DoesNotContain("Geheim concept", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Juf Anna", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Id, shown, StringComparison.Ordinal);
        Assert.Equal(shown, missing["value"]!.ToString()); // not even whether it exists
        Assert.Contains("Geheim concept", manager["value"]!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("../ApprovalIndex")]
    [InlineData("")]
    public async Task Approve_TamperedRequestId_Answers200NotFound(string requestId)
    {
        await using var s = await StartAsync();

        var response = await s.ClickAsync(Manager, ApprovalVerbs.Approve, new JObject { ["requestId"] = requestId });

        Assert.Equal(404, (int?)response["statusCode"]);
        Assert.Equal("NotFound", (string?)response["value"]!["code"]);
    }

    [Fact]
    public async Task Request_With40000CharacterPlatform_IsStoredWithTheCap()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);

        await s.ClickAsync(Teacher, ApprovalVerbs.Request, new JObject { ["draft"] = "Mooie workshop vandaag!", ["platform"] = new string('x', 40_000) });

        var stored = Assert.Single(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None));
        Assert.Equal(ApprovalService.MaxPlatformLength, stored.Platform.Length);
    }

    [Fact]
    public async Task Create_RefusedByStorage_LeavesNoRowBehind()
    {
        var tables = await TestTables.CreateAsync();
        var store = new ApprovalStore(tables);
        var request = NewRequest() with { Draft = new string('x', 40_000) }; // over Table Storage's 64 KB property limit: refused

        await Assert.ThrowsAnyAsync<Exception>(() => store.CreateAsync(request, CancellationToken.None));

        Assert.Empty(await AllRowsAsync(tables.Get(Tables.ApprovalIndex)));
        Assert.Empty(await AllRowsAsync(tables.Get(Tables.ApprovalRequests)));
    }

    [Fact]
    public async Task Read_PointerWithoutRequest_IsSkippedAndRemovedOnceOld()
    {
        var tables = await TestTables.CreateAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var store = new ApprovalStore(tables, clock);
        var kept = NewRequest();
        await store.CreateAsync(kept, CancellationToken.None);
        var orphanId = Guid.NewGuid().ToString("N");
        await tables.Get(Tables.ApprovalIndex).AddEntityAsync(new ApprovalIndexEntity { PartitionKey = ApprovalIndexKeys.Open, RowKey = ApprovalIndexKeys.Timed(kept.CreatedAt, orphanId), RequestId = orphanId });

        var young = await store.ListOpenRequestsAsync(CancellationToken.None);
        var rowsWhileYoung = (await AllRowsAsync(tables.Get(Tables.ApprovalIndex))).Count;
        clock.Advance(ApprovalStore.OrphanAge + TimeSpan.FromMinutes(1));
        var old = await store.ListOpenRequestsAsync(CancellationToken.None);

        Assert.Equal([kept.Id], young.Select(r => r.Id));
        Assert.Equal([kept.Id], old.Select(r => r.Id));
        Assert.Equal(3, rowsWhileYoung); // the two pointers of the kept request (open, created) and the orphan
        Assert.DoesNotContain(await AllRowsAsync(tables.Get(Tables.ApprovalIndex)), r => r.GetString("RequestId") == orphanId);
    }

    private static ApprovalRequest NewRequest() => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        TenantId = "tenant-1",
        RequesterAadId = "teacher-1",
        RequesterName = "Juf Anna",
        ApproverAadId = "manager-1",
        ApproverName = "Meester Bram",
        Draft = "Mooie workshop!",
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private static async Task<List<TableEntity>> AllRowsAsync(TableClient table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }
}
