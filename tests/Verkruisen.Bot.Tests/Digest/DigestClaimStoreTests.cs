using Microsoft.Extensions.Time.Testing;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>The claim rules on Azurite: first insert wins, a lease holds, an expired claim is taken over once.</summary>
public sealed class DigestClaimStoreTests
{
    private const string Week = "2026-W47";
    private const string Director = "d1";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task TryClaim_HeldClaim_IsBusyUntilTheLeaseEnds()
    {
        var (store, time) = await CreateAsync();

        var a = await store.TryClaimAsync(Week, Director, "a", Lease, CancellationToken.None);
        var b = await store.TryClaimAsync(Week, Director, "b", Lease, CancellationToken.None);
        time.Advance(Lease);
        var c = await store.TryClaimAsync(Week, Director, "c", Lease, CancellationToken.None);

        Assert.Equal((ClaimStatus.Claimed, ClaimStatus.Busy, ClaimStatus.Claimed), (a.Status, b.Status, c.Status));
        Assert.Equal(("c", 2), (c.Claim!.Owner, c.Claim.Attempts));
    }

    [Fact]
    public async Task TryClaim_TwoTakeoversOfAnExpiredClaim_OnlyOneWins()
    {
        var (store, time) = await CreateAsync();
        await store.TryClaimAsync(Week, Director, "crashed", Lease, CancellationToken.None);
        time.Advance(Lease + TimeSpan.FromSeconds(1));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => store.TryClaimAsync(Week, Director, "i" + i, Lease, CancellationToken.None)));

        Assert.Single(outcomes, o => o.Status == ClaimStatus.Claimed);
    }

    [Fact]
    public async Task MarkSent_AfterATakeover_StillMarksItSentSoNobodySendsAgain()
    {
        var (store, time) = await CreateAsync();
        var slow = (await store.TryClaimAsync(Week, Director, "slow", Lease, CancellationToken.None)).Claim!;
        time.Advance(Lease + TimeSpan.FromSeconds(1));
        var other = (await store.TryClaimAsync(Week, Director, "other", Lease, CancellationToken.None)).Claim!;

        Assert.False(await store.MarkSentAsync(slow, "activity-1", CancellationToken.None));
        await store.ReleaseAsync(other, CancellationToken.None);
        time.Advance(Lease * 2);

        Assert.Equal(ClaimStatus.Sent, (await store.TryClaimAsync(Week, Director, "third", Lease, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Release_Claim_LetsTheNextTickClaimAtOnce()
    {
        var (store, _) = await CreateAsync();
        var claim = (await store.TryClaimAsync(Week, Director, "a", Lease, CancellationToken.None)).Claim!;

        await store.ReleaseAsync(claim, CancellationToken.None);

        Assert.Equal(ClaimStatus.Claimed, (await store.TryClaimAsync(Week, Director, "b", Lease, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Purge_WeeksOlderThanTheRetention_GoAndRecentWeeksStay()
    {
        var (store, time) = await CreateAsync();
        var now = time.GetUtcNow();
        var weeks = new[] { 90, 60, 50, 7, 0 }.Select(days => DigestWeek.Of(now.AddDays(-days)).Key).ToList();
        foreach (var week in weeks)
        {
            await store.TryClaimAsync(week, Director, "a", Lease, CancellationToken.None);
        }

        var purged = await store.PurgeAsync(CancellationToken.None);

        Assert.Equal(2, purged);
        Assert.Null(await store.FindAsync(weeks[0], Director, CancellationToken.None));
        Assert.Null(await store.FindAsync(weeks[1], Director, CancellationToken.None));
        foreach (var week in weeks.Skip(2))
        {
            Assert.NotNull(await store.FindAsync(week, Director, CancellationToken.None));
        }
    }

    private static async Task<(DigestClaimStore Store, FakeTimeProvider Time)> CreateAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero));
        return (new DigestClaimStore(await TestTables.CreateAsync(), time, Microsoft.Extensions.Options.Options.Create(new DigestOptions())), time);
    }
}
