using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>The bot's <see cref="Tables"/> on the shared Azurite, under a prefix of the test's own.</summary>
public static class TestTables
{
    public static async Task<Tables> CreateAsync()
    {
        var azurite = await AzuriteProcess.Shared;
        var options = new StorageOptions
        {
            ConnectionString = azurite.ConnectionString,
            TablePrefix = NewPrefix(),
        };
        var tables = new Tables(new TableServiceClient(options.ConnectionString), Options.Create(options));
        await TableInitializer.EnsureTablesAsync(tables, CancellationToken.None);
        return tables;
    }

    /// <summary>A fresh table-name prefix: a letter and 11 more letters or digits.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..11];
}
