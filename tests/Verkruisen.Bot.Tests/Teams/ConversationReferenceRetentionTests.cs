using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkruisen.Bot.Teams;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>Conversation references on Azurite: refreshed by use, deleted after Teams:ReferenceRetentionDays without it.</summary>
public sealed class ConversationReferenceRetentionTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Fact]
    public async Task Purge_UserNotSeenForTheRetention_LosesTheReferenceAndAReturningUserGetsANewOne()
    {
        var (store, time) = await CreateAsync(retentionDays: 30);
        await store.SaveAsync(Message("gone"), serviceUrlVerified: true, CancellationToken.None);
        time.Advance(TimeSpan.FromDays(20));
        await store.SaveAsync(Message("active"), serviceUrlVerified: true, CancellationToken.None);
        time.Advance(TimeSpan.FromDays(11));

        var purged = await store.PurgeAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Null(await store.FindAsync(Activities.Tenant, "gone", CancellationToken.None));
        Assert.NotNull(await store.FindAsync(Activities.Tenant, "active", CancellationToken.None));
        await store.SaveAsync(Message("gone"), serviceUrlVerified: true, CancellationToken.None);
        Assert.NotNull(await store.FindAsync(Activities.Tenant, "gone", CancellationToken.None));
    }

    [Fact]
    public async Task Purge_UserActiveEveryDay_KeepsTheReferenceThoughNothingInItChanged()
    {
        var (store, time) = await CreateAsync(retentionDays: 30);
        for (var day = 0; day < 40; day++)
        {
            await store.SaveAsync(Message("daily"), serviceUrlVerified: true, CancellationToken.None);
            time.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(0, await store.PurgeAsync(CancellationToken.None));
        Assert.NotNull(await store.FindAsync(Activities.Tenant, "daily", CancellationToken.None));
    }

    private static Microsoft.Bot.Schema.Activity Message(string user) =>
        Activities.Message(ServiceUrl, "hallo", userAadId: user).ToObject<Microsoft.Bot.Schema.Activity>()!;

    private static async Task<(ConversationReferenceStore Store, FakeTimeProvider Time)> CreateAsync(int retentionDays)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new TeamsOptions { ReferenceRetentionDays = retentionDays });
        var store = new ConversationReferenceStore(await TestTables.CreateAsync(), time, options, NullLogger<ConversationReferenceStore>.Instance);
        return (store, time);
    }
}
