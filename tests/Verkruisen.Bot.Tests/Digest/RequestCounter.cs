using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>Counts every HTTP request a Table client sends (each retry too), with its method and URI.</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    public ConcurrentQueue<string> Requests { get; } = new();

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Requests.Enqueue(message.Request.Method + " " + Uri.UnescapeDataString(message.Request.Uri.ToString()));
    }

    public void Clear() => Requests.Clear();

    /// <summary>The bot's tables on Azurite (own prefix, created), every request counted here.</summary>
    public async Task<Tables> TablesAsync()
    {
        var azurite = await AzuriteProcess.Shared;
        var clientOptions = new TableClientOptions();
        clientOptions.AddPolicy(this, HttpPipelinePosition.PerRetry);
        var options = new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = TestTables.NewPrefix() };
        var tables = new Tables(new TableServiceClient(options.ConnectionString, clientOptions), Options.Create(options));
        await TableInitializer.EnsureTablesAsync(tables, CancellationToken.None);
        return tables;
    }
}
