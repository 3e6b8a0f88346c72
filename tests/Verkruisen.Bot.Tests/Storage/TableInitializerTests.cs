using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Storage;

public sealed class TableInitializerTests
{
    [Fact]
    public async Task EnsureTables_OnAzurite_CreatesEveryTable()
    {
        var tables = await TestTables.CreateAsync();

        foreach (var name in Tables.All)
        {
            var exists = await tables.Get(name).GetAccessPoliciesAsync();
            Assert.NotNull(exists);
        }
    }

    /// <summary>The other hosted services start after this one's start: by then every table must exist (no TableNotFound).</summary>
    [Fact]
    public async Task StartAsync_CleanAccount_EveryTableExistsWhenStartReturns()
    {
        var azurite = await AzuriteProcess.Shared;
        var options = new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = TestTables.NewPrefix() };
        var tables = new Tables(new TableServiceClient(options.ConnectionString), Options.Create(options));
        using var initializer = new TableInitializer(tables, TimeProvider.System, NullLogger<TableInitializer>.Instance);

        await initializer.StartAsync(CancellationToken.None);

        foreach (var name in Tables.All)
        {
            Assert.NotNull(await tables.Get(name).GetAccessPoliciesAsync());
        }

        await initializer.StopAsync(CancellationToken.None);
    }
}
