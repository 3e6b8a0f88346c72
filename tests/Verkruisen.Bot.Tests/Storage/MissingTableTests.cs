using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Storage;

/// <summary>Storage that comes back empty (Azurite restarted in memory): tables are created on first use, not only at start.</summary>
public sealed class MissingTableTests : PipelineTest
{
    [Fact]
    public async Task Healthz_AfterTheTablesWereDropped_CreatesThemAndIsHealthy()
    {
        var tables = Bot.Services.GetRequiredService<Tables>();
        await tables.WhenReadyAsync(CancellationToken.None);
        foreach (var name in Tables.All)
        {
            await tables.Get(name).DeleteAsync();
        }

        using var client = Bot.CreateClient();
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.NotNull(await tables.Get(Tables.ConversationReferences).GetAccessPoliciesAsync());
    }

    [Fact]
    public async Task Message_AfterTheTablesWereDropped_IsAnsweredAndTheReferenceStored()
    {
        var tables = Bot.Services.GetRequiredService<Tables>();
        await tables.WhenReadyAsync(CancellationToken.None);
        await tables.Get(Tables.ConversationReferences).DeleteAsync();

        var response = await Bot.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Connector.WaitForDeliveredAsync(1);
        var stored = await tables.Get(Tables.ConversationReferences).GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(Activities.Tenant, "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        Assert.True(stored.HasValue);
    }

    [Theory]
    [InlineData("/devstoreaccount1/tabcQuestionLog(PartitionKey='a',RowKey='b')", "tabcQuestionLog")]
    [InlineData("/tabcQuestionLog()", "tabcQuestionLog")]
    [InlineData("/devstoreaccount1/tabcQuestionLog", "tabcQuestionLog")]
    public void TableOf_RequestPath_IsTheAddressedTable(string path, string? expected) =>
        Assert.Equal(expected, CreateMissingTablePolicy.TableOf(path));
}
