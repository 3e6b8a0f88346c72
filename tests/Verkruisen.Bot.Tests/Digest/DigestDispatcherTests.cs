using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>Exactly once per week and director, on Azurite: races, crashes, restarts and unreachable directors.</summary>
public sealed class DigestDispatcherTests
{
    /// <summary>Monday 23 November 2026 07:30 CET: week 48 starts, the digest of week 47 is due.</summary>
    private static readonly DateTimeOffset Due = new(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);

    private static readonly string D1 = DigestHarness.Directors[0];

    [Fact]
    public async Task RunDue_BeforeMondayHalfEight_SendsNothing()
    {
        var harness = await DigestHarness.CreateAsync(Due.AddMinutes(-1));

        Assert.Equal(0, await harness.Instance().RunDueAsync(CancellationToken.None));

        Assert.Empty(harness.Sender.Sent);
        Assert.Empty(await ClaimsAsync(harness));
    }

    [Fact]
    public async Task RunDue_AtMondayHalfEight_SendsLastWeekToEachDirectorOnce()
    {
        var harness = await DigestHarness.CreateAsync(Due);
        var instance = harness.Instance();

        Assert.Equal(3, await instance.RunDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await instance.RunDueAsync(CancellationToken.None));
        Assert.Equal(0, await harness.Instance().RunDueAsync(CancellationToken.None));

        Assert.All(DigestHarness.Directors, d => Assert.Equal(1, harness.Sender.CountFor(d)));
        Assert.All(harness.Sender.Sent, s => Assert.Contains("Weekoverzicht week 47 (2026)", CardJson.Serialize(s.Reply.Card!), StringComparison.Ordinal));
        Assert.All(await ClaimsAsync(harness), c => Assert.Equal(("2026-W47", DigestClaimEntity.Sent, 1), (c.PartitionKey, c.State, c.Attempts)));
    }

    [Fact]
    public async Task RunDue_DownOnMondayUpOnWednesday_SendsLastWeek()
    {
        var harness = await DigestHarness.CreateAsync(Due.AddDays(2).AddHours(3));

        Assert.Equal(3, await harness.Instance().RunDueAsync(CancellationToken.None));

        Assert.All(await ClaimsAsync(harness), c => Assert.Equal("2026-W47", c.PartitionKey));
    }

    [Fact]
    public async Task RunDue_DownAllWeekUpNextWednesday_SendsTheNewWeekNotTheOld()
    {
        var harness = await DigestHarness.CreateAsync(Due.AddDays(9));

        Assert.Equal(3, await harness.Instance().RunDueAsync(CancellationToken.None));

        Assert.All(harness.Sender.Sent, s => Assert.Contains("Weekoverzicht week 48 (2026)", CardJson.Serialize(s.Reply.Card!), StringComparison.Ordinal));
        Assert.All(await ClaimsAsync(harness), c => Assert.Equal("2026-W48", c.PartitionKey));
    }

    [Fact]
    public async Task RunDue_TwoInstancesRacing_SendExactlyOncePerDirector()
    {
        var harness = await DigestHarness.CreateAsync(Due);
        harness.Sender.Latency = TimeSpan.FromMilliseconds(30);
        var first = harness.Instance();
        var second = harness.Instance();

        var sent = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).RunDueAsync(CancellationToken.None))));
        harness.Time.Advance(TimeSpan.FromHours(2));
        var later = await Task.WhenAll(first.RunDueAsync(CancellationToken.None), second.RunDueAsync(CancellationToken.None));

        Assert.Equal(3, sent.Sum());
        Assert.Equal(0, later.Sum());
        Assert.All(DigestHarness.Directors, d => Assert.Equal(1, harness.Sender.CountFor(d)));
    }

    [Fact]
    public async Task RunDue_InstanceCrashedAfterClaim_LaterTickSendsOnceAfterTheLease()
    {
        var harness = await DigestHarness.CreateAsync(Due);
        var crashed = await harness.Claims.TryClaimAsync("2026-W47", D1, "crashed-instance", TimeSpan.FromMinutes(10), CancellationToken.None);
        Assert.Equal(ClaimStatus.Claimed, crashed.Status);
        var survivor = harness.Instance();

        Assert.Equal(2, await survivor.RunDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, await survivor.RunDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await survivor.RunDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await survivor.RunDueAsync(CancellationToken.None));

        Assert.Equal(1, harness.Sender.CountFor(D1));
        var claim = await harness.Claims.FindAsync("2026-W47", D1, CancellationToken.None);
        Assert.Equal((DigestClaimEntity.Sent, 2, survivor.Owner), (claim!.State, claim.Attempts, claim.Owner));
    }

    [Fact]
    public async Task RunDue_DirectorNotReachableYet_IsRetriedOnALaterTick()
    {
        var harness = await DigestHarness.CreateAsync(Due);
        harness.Sender.Unreachable[D1] = true;
        var instance = harness.Instance();

        Assert.Equal(2, await instance.RunDueAsync(CancellationToken.None));
        Assert.Equal(DigestClaimEntity.Claimed, (await harness.Claims.FindAsync("2026-W47", D1, CancellationToken.None))!.State);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        harness.Sender.Unreachable.Clear();
        Assert.Equal(1, await instance.RunDueAsync(CancellationToken.None));

        Assert.All(DigestHarness.Directors, d => Assert.Equal(1, harness.Sender.CountFor(d)));
    }

    [Fact]
    public async Task RunDue_ConnectorDown_ReleasesTheClaimsAndSendsOnTheNextTick()
    {
        var harness = await DigestHarness.CreateAsync(Due);
        harness.Sender.Fail = true;
        var instance = harness.Instance();

        Assert.Equal(0, await instance.RunDueAsync(CancellationToken.None));
        harness.Sender.Fail = false;
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, await instance.RunDueAsync(CancellationToken.None));

        Assert.All(await ClaimsAsync(harness), c => Assert.Equal((DigestClaimEntity.Sent, 2), (c.State, c.Attempts)));
    }

    [Fact]
    public async Task RunDue_ThreeDirectors_TakesFourReadsAndThreeRequestsPerDirector()
    {
        var counter = new RequestCounter();
        var harness = await DigestHarness.CreateAsync(Due, tables: await counter.TablesAsync());
        var instance = harness.Instance();
        counter.Clear();

        await instance.RunDueAsync(CancellationToken.None);
        var first = counter.Requests.ToList();
        counter.Clear();
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await instance.RunDueAsync(CancellationToken.None);
        await harness.Instance().RunDueAsync(CancellationToken.None);

        // Per director: read the claim, insert it, mark it sent; once: the two weeks of questions and checks.
        Assert.Equal((4 + (3 * 3), 3 * 3), (first.Count, first.Count(r => r.Contains("DigestClaims", StringComparison.Ordinal))));
        // Later ticks: nothing on the instance that sent; one read per director on another instance.
        Assert.Equal(3, counter.Requests.Count);
    }

    private static async Task<List<DigestClaimEntity>> ClaimsAsync(DigestHarness harness)
    {
        var claims = new List<DigestClaimEntity>();
        await foreach (var claim in harness.Tables.Get(Tables.DigestClaims).QueryAsync<DigestClaimEntity>())
        {
            claims.Add(claim);
        }

        return claims;
    }
}
