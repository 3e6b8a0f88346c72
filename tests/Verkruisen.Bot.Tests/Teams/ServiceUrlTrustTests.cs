using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Teams;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams;

/// <summary>
/// Trust in a serviceUrl is decided where a token is validated (and recorded with the conversation reference); reading
/// a reference never changes it. After a restart the recorded decisions are applied again at start.
/// </summary>
public sealed class ServiceUrlTrustTests
{
    private const string User = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static readonly Uri Verified = new("https://verified.example/teams/");
    private static readonly Uri Unverified = new("https://unverified.example/teams/");

    [Fact]
    public async Task ReadingAReference_VerifiedOrNot_DoesNotChangeTrust()
    {
        await using var bot = await BotFactory.CreateAsync();
        await StoreAsync(bot, User, Verified, verified: true);
        await StoreAsync(bot, "other", Unverified, verified: false);
        var trust = bot.Services.GetRequiredService<ServiceUrlTrust>();
        var outbound = bot.Services.GetRequiredService<IOutbound>();

        Assert.Equal("29:" + User, await outbound.ChannelUserIdAsync(Activities.Tenant, User, CancellationToken.None));
        Assert.Equal("29:other", await outbound.ChannelUserIdAsync(Activities.Tenant, "other", CancellationToken.None));

        Assert.False(trust.IsTrusted(Verified));
        Assert.False(trust.IsTrusted(Unverified));
    }

    [Fact]
    public async Task Start_ReferencesRecordedFromValidatedTokens_AreTrustedAgain()
    {
        await using var before = await BotFactory.CreateAsync();
        await StoreAsync(before, User, Verified, verified: true);
        await StoreAsync(before, "other", Unverified, verified: false);

        await using var after = await BotFactory.CreateAsync(new Dictionary<string, string?> { ["Storage:TablePrefix"] = before.TablePrefix });
        var trust = after.Services.GetRequiredService<ServiceUrlTrust>();
        await after.BackgroundServiceDoneAsync<ServiceUrlTrustRestore>();

        Assert.True(trust.IsTrusted(Verified));
        Assert.False(trust.IsTrusted(Unverified));
    }

    private static async Task StoreAsync(BotFactory bot, string user, Uri serviceUrl, bool verified)
    {
        var tables = bot.Services.GetRequiredService<Tables>();
        await TableInitializer.EnsureTablesAsync(tables, CancellationToken.None);
        await tables.Get(Tables.ConversationReferences).UpsertEntityAsync(new ConversationReferenceEntity
        {
            PartitionKey = Activities.Tenant,
            RowKey = user,
            ServiceUrl = serviceUrl.ToString(),
            ServiceUrlVerified = verified,
            ConversationId = "a:1" + user,
            ChannelId = "msteams",
            ChannelUserId = "29:" + user,
            BotId = "28:bot",
            UpdatedAt = DateTimeOffset.UtcNow, // the user was seen now (an older row would be purged at start)
        });
    }
}
