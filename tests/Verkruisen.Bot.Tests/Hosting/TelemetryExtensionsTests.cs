using System.Diagnostics;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Instrumentation.Http;
using Verkruisen.Bot.Hosting;

namespace Verkruisen.Bot.Tests.Hosting;

/// <summary>
/// Telemetry is on only with an Application Insights connection string, signs in with the managed identity
/// (local auth is off in Azure), and keeps names out of dependency URLs. No host is started: nothing is exported.
/// </summary>
public sealed class TelemetryExtensionsTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/";

    [Fact]
    public void AddTelemetry_NoConnectionString_RegistersNoOpenTelemetry()
    {
        using var app = Build(new Dictionary<string, string?>());

        Assert.Null(app.Services.GetService<IOptions<AzureMonitorOptions>>()?.Value.ConnectionString);
        Assert.DoesNotContain(app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(),
            service => service.GetType().FullName?.StartsWith("OpenTelemetry", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AddTelemetry_ConnectionString_ExportsWithManagedIdentityAndNoLiveMetrics()
    {
        using var app = Build(new Dictionary<string, string?>
        {
            [TelemetryExtensions.ConnectionStringSetting] = ConnectionString,
            ["AZURE_CLIENT_ID"] = "11111111-2222-3333-4444-555555555555",
        });

        var options = app.Services.GetRequiredService<IOptions<AzureMonitorOptions>>().Value;

        Assert.Equal(ConnectionString, options.ConnectionString);
        Assert.IsType<ManagedIdentityCredential>(options.Credential);
        Assert.False(options.EnableLiveMetrics);
    }

    [Fact]
    public void AddTelemetry_OutboundRequestToUserPrincipalName_RecordsRedactedUrl()
    {
        using var app = Build(new Dictionary<string, string?> { [TelemetryExtensions.ConnectionStringSetting] = ConnectionString });
        var options = app.Services.GetRequiredService<IOptionsMonitor<HttpClientTraceInstrumentationOptions>>().Get(Options.DefaultName);
        using var activity = new Activity("test");
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://graph.microsoft.com/v1.0/users/jan.jansen@school.nl/manager?$select=displayName");

        Assert.NotNull(options.EnrichWithHttpRequestMessage);
        options.EnrichWithHttpRequestMessage(activity, request);

        Assert.Equal("https://graph.microsoft.com/v1.0/users/REDACTED/manager?REDACTED", activity.GetTagItem("url.full"));
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0/users/8f2c1a9e-0000-4000-8000-000000000001/manager", "https://graph.microsoft.com/v1.0/users/8f2c1a9e-0000-4000-8000-000000000001/manager")]
    [InlineData("https://graph.microsoft.com/v1.0/users/an%40school.nl", "https://graph.microsoft.com/v1.0/users/REDACTED")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a:1xyz/activities", "https://smba.trafficmanager.net/emea/v3/conversations/a:1xyz/activities")]
    [InlineData("https://x.table.core.windows.net/QuestionLog()?$filter=PartitionKey%20eq%20'2025'", "https://x.table.core.windows.net/QuestionLog()?REDACTED")]
    [InlineData("http://127.0.0.1:10002/", "http://127.0.0.1:10002/")]
    public void RedactUrl_Url_KeepsIdsDropsMailAddressesAndQueries(string url, string expected)
    {
        Assert.Equal(expected, TelemetryRedaction.RedactUrl(new Uri(url)));
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTelemetry();
        return builder.Build();
    }
}
