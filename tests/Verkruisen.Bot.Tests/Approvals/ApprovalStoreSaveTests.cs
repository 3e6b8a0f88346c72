using Azure.Data.Tables;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>The one ETag-guarded write of a request, and the index without per-person partitions (on Azurite).</summary>
public sealed class ApprovalStoreSaveTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static ApprovalRequest Request() => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        TenantId = "tenant-1",
        RequesterAadId = "teacher-1",
        ApproverAadId = "manager-1",
        EscalatedToAadId = "director-1",
        Draft = "Een foto van de klas.",
        CreatedAt = Now,
    };

    private static async Task<(ApprovalStore Store, ApprovalRequest First, ApprovalRequest Second)> TwoReadersAsync(Tables tables)
    {
        var store = new ApprovalStore(tables);
        var request = await store.CreateAsync(Request(), CancellationToken.None);
        return (store, (await store.GetAsync(request.Id, CancellationToken.None))!, (await store.GetAsync(request.Id, CancellationToken.None))!);
    }

    [Fact]
    public async Task SaveAsync_AfterAnotherWrite_AppliesTheChangeToWhatIsStored()
    {
        var (store, first, second) = await TwoReadersAsync(await TestTables.CreateAsync());
        await store.UpdateAsync(first with { Comment = "eerst" }, first.ETag, CancellationToken.None);

        var (saved, current) = await store.SaveAsync(second, r => r with { RemindedAt = Now }, CancellationToken.None);

        var stored = (await store.GetAsync(second.Id, CancellationToken.None))!;
        Assert.True(saved);
        Assert.Equal(("eerst", (DateTimeOffset?)Now), (stored.Comment, stored.RemindedAt));
        Assert.Equal(("eerst", (DateTimeOffset?)Now, stored.ETag), (current.Comment, current.RemindedAt, current.ETag));
    }

    [Fact]
    public async Task SaveAsync_ChangeDeclinesWhatIsStored_WritesNothingAndHoldsTheStoredRequest()
    {
        var (store, first, second) = await TwoReadersAsync(await TestTables.CreateAsync());
        await store.UpdateAsync(first with { Status = ApprovalStatus.Approved }, first.ETag, CancellationToken.None);

        var (saved, current) = await store.SaveAsync(second, r => r.IsOpen ? r with { Status = ApprovalStatus.Withdrawn } : null, CancellationToken.None);

        Assert.False(saved);
        Assert.Equal(ApprovalStatus.Approved, current.Status);
        Assert.Equal(ApprovalStatus.Approved, (await store.GetAsync(second.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task CreateAndClose_WriteNoPartitionNamedAfterAPerson()
    {
        var tables = await TestTables.CreateAsync();
        var (store, request, _) = await TwoReadersAsync(tables);
        var (_, closed) = await store.SaveAsync(request, r => r with { Status = ApprovalStatus.Approved, DecidedAt = Now, NotifyPending = true }, CancellationToken.None);
        await store.MarkClosedAsync(closed, CancellationToken.None);

        var partitions = (await PartitionsAsync(tables)).Select(p => p.Split('|')[0]).ToHashSet();

        Assert.Equal(["created", "decided", "pending"], partitions.Order());
    }

    [Fact]
    public async Task Delete_RequestStoredWithPerPersonPointers_RemovesThoseToo()
    {
        var tables = await TestTables.CreateAsync();
        var (store, request, _) = await TwoReadersAsync(tables);
        var index = tables.Get(Tables.ApprovalIndex);
        foreach (var (partition, row) in new[]
        {
            (ApprovalIndexKeys.LegacyUserOpen("teacher-1"), request.Id),
            (ApprovalIndexKeys.LegacyUser("teacher-1"), ApprovalIndexKeys.Inverted(Now, request.Id)),
            (ApprovalIndexKeys.LegacyApproverOpen("manager-1"), ApprovalIndexKeys.Timed(Now, request.Id)),
            (ApprovalIndexKeys.LegacyApproverOpen("director-1"), ApprovalIndexKeys.Timed(Now, request.Id)),
        })
        {
            await index.AddEntityAsync(new ApprovalIndexEntity { PartitionKey = partition, RowKey = row, RequestId = request.Id });
        }

        await store.DeleteWithOpenPointersAsync(request, CancellationToken.None);

        Assert.Empty(await PartitionsAsync(tables));
    }

    private static async Task<List<string>> PartitionsAsync(Tables tables)
    {
        var partitions = new List<string>();
        await foreach (var row in tables.Get(Tables.ApprovalIndex).QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            partitions.Add(row.PartitionKey);
        }

        return partitions;
    }
}
