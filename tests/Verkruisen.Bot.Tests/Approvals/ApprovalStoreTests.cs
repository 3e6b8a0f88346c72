using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>The approval tables on Azurite: the queries the product and the digest make, and retention.</summary>
public sealed class ApprovalStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static ApprovalRequest Request(DateTimeOffset createdAt, string requester = "teacher-1", string approver = "manager-1") => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        TenantId = "tenant-1",
        RequesterAadId = requester,
        RequesterName = "Juf Anna",
        ApproverAadId = approver,
        ApproverName = "Meester Bram",
        Draft = "Emma uit groep 6 heeft dyscalculie.",
        Question = "Mag dit?",
        Findings = [new Finding("3", "pupil-health", "Gezondheid van een leerling.", "dyscalculie", FindingSeverity.NotAllowed)],
        CreatedAt = createdAt,
    };

    private static async Task CloseAsync(ApprovalStore store, ApprovalRequest request, ApprovalStatus status, DateTimeOffset at)
    {
        var stored = (await store.GetAsync(request.Id, CancellationToken.None))!;
        var closed = await store.UpdateAsync(stored with { Status = status, DecidedAt = at }, stored.ETag, CancellationToken.None);
        await store.MarkClosedAsync(closed, CancellationToken.None);
    }

    [Fact]
    public async Task DigestQueries_ReadPeriodsAndOpenRequestsFromTheIndex()
    {
        var store = new ApprovalStore(await TestTables.CreateAsync());
        var lastMonth = Request(new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero));
        var thisWeek = Request(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var stillOpen = Request(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), approver: "manager-2");
        foreach (var r in new[] { lastMonth, thisWeek, stillOpen })
        {
            await store.CreateAsync(r, CancellationToken.None);
        }

        await CloseAsync(store, lastMonth, ApprovalStatus.Rejected, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        await CloseAsync(store, thisWeek, ApprovalStatus.Approved, new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero));
        var digest = store;
        Assert.IsAssignableFrom<IApprovalDigestSource>(digest);
        var from = new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero);
        var until = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal([lastMonth.Id, thisWeek.Id, stillOpen.Id], (await digest.ListCreatedAsync(from, until, CancellationToken.None)).Select(a => a.RequestId));
        Assert.Equal([thisWeek.Id], (await digest.ListCreatedAsync(new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), CancellationToken.None)).Select(a => a.RequestId));
        var decided = await digest.ListDecidedAsync(new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), until, CancellationToken.None);
        Assert.Equal([(lastMonth.Id, ApprovalStatus.Rejected), (thisWeek.Id, ApprovalStatus.Approved)], decided.Select(a => (a.RequestId, a.Status)));
        var open = Assert.Single(await digest.ListOpenAsync(CancellationToken.None));
        Assert.Equal((stillOpen.Id, "Meester Bram", (DateTimeOffset?)null), (open.RequestId, open.ApproverName, open.DecidedAt));
        Assert.Equal([stillOpen.Id], (await store.ListApproverOpenAsync("manager-2", CancellationToken.None)).Select(r => r.Id));
        Assert.Empty(await store.ListApproverOpenAsync("manager-1", CancellationToken.None));
        Assert.Equal([stillOpen.Id], (await store.ListUserOpenAsync("teacher-1", CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task Update_WithAStaleETag_IsRefused()
    {
        var store = new ApprovalStore(await TestTables.CreateAsync());
        var request = Request(Now);
        await store.CreateAsync(request, CancellationToken.None);
        var first = (await store.GetAsync(request.Id, CancellationToken.None))!;
        var second = (await store.GetAsync(request.Id, CancellationToken.None))!;

        await store.UpdateAsync(first with { Status = ApprovalStatus.Approved }, first.ETag, CancellationToken.None);

        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => store.UpdateAsync(second with { Status = ApprovalStatus.Rejected }, second.ETag, CancellationToken.None));
        Assert.Equal(412, error.Status);
        Assert.Equal(ApprovalStatus.Approved, (await store.GetAsync(request.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Purge_ErasesDraftsAfter30DaysAndDeletesAfter400_OpenRequestsStay()
    {
        var time = new FakeTimeProvider(Now);
        var tables = await TestTables.CreateAsync();
        var store = new ApprovalStore(tables);
        var events = new ApprovalEventLog(tables, time, NullLogger<ApprovalEventLog>.Instance);
        var retention = new ApprovalRetention(store, events, time, Options.Create(new ApprovalOptions()), NullLogger<ApprovalRetention>.Instance);
        var recent = Request(Now.AddDays(-20));
        var month = Request(Now.AddDays(-40));
        var old = Request(Now.AddDays(-420));
        var openOld = Request(Now.AddDays(-500));
        foreach (var r in new[] { recent, month, old, openOld })
        {
            await store.CreateAsync(r, CancellationToken.None);
        }

        await CloseAsync(store, recent, ApprovalStatus.Approved, Now.AddDays(-20));
        await CloseAsync(store, month, ApprovalStatus.Rejected, Now.AddDays(-31));
        await CloseAsync(store, old, ApprovalStatus.Withdrawn, Now.AddDays(-401));

        var (erased, deleted) = await retention.PurgeAsync(CancellationToken.None);
        var again = await retention.PurgeAsync(CancellationToken.None);

        Assert.Equal((1, 1), (erased, deleted));
        Assert.Equal((0, 0), again);
        Assert.Equal("Emma uit groep 6 heeft dyscalculie.", (await store.GetAsync(recent.Id, CancellationToken.None))!.Draft);
        var purged = (await store.GetAsync(month.Id, CancellationToken.None))!;
        Assert.Equal(("", ""), (purged.Draft, purged.Question));
        Assert.Equal([("pupil-health", "")], purged.Findings.Select(f => (f.Kind, f.Excerpt)));
        Assert.Null(await store.GetAsync(old.Id, CancellationToken.None));
        Assert.Empty(await store.ListDecidedAsync(Now.AddDays(-402), Now.AddDays(-400), CancellationToken.None));
        Assert.DoesNotContain(old.Id, (await store.ListInvolvingAsync("teacher-1", CancellationToken.None)).Select(r => r.Id));
        Assert.Equal("Emma uit groep 6 heeft dyscalculie.", (await store.GetAsync(openOld.Id, CancellationToken.None))!.Draft);
    }

    [Fact]
    public async Task Purge_DecidedPointerWhoseRequestIsGone_RemovesThePointer()
    {
        var time = new FakeTimeProvider(Now);
        var tables = await TestTables.CreateAsync();
        var store = new ApprovalStore(tables);
        var retention = new ApprovalRetention(store, new ApprovalEventLog(tables, time, NullLogger<ApprovalEventLog>.Instance), time,
            Options.Create(new ApprovalOptions()), NullLogger<ApprovalRetention>.Instance);
        var gone = await store.CreateAsync(Request(Now.AddDays(-40)), CancellationToken.None);
        await CloseAsync(store, gone, ApprovalStatus.Approved, Now.AddDays(-35));
        await tables.Get(Tables.ApprovalRequests).DeleteEntityAsync(gone.Id, "");

        Assert.Equal((0, 0), await retention.PurgeAsync(CancellationToken.None));

        var pointers = tables.Get(Tables.ApprovalIndex).QueryAsync<ApprovalIndexEntity>(p => p.PartitionKey == ApprovalIndexKeys.Decided(Now.AddDays(-35)));
        Assert.Empty(await pointers.ToListAsync());
    }
}
