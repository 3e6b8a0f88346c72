using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Resources;

namespace Verkruisen.Bot.Hosting;

public static class TelemetryExtensions
{
    /// <summary>The setting App Service and the Bicep template use for Application Insights.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The service name telemetry is reported under (cloud role name in Application Insights).</summary>
    public const string ServiceName = "verkruisen-bot";

    /// <summary>
    /// OpenTelemetry traces, metrics and logs to Application Insights (Azure Monitor distro), only when
    /// APPLICATIONINSIGHTS_CONNECTION_STRING is set. Application Insights has local auth disabled, so the
    /// exporter signs in with the managed identity (AZURE_CLIENT_ID, else Storage:ManagedIdentityClientId).
    /// What leaves the process: request and dependency spans (method, route, status, duration; queries are
    /// redacted, mail-address path segments are replaced), metrics, and log records, whose messages carry ids
    /// and counts only by convention. No request or response bodies, so no message text; Live Metrics is off.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        UseAzureMonitor(builder, connectionString);
        return builder;
    }

    /// <summary>
    /// A method of its own, never inlined: the OpenTelemetry and Azure Monitor assemblies load only where telemetry is
    /// on (README, "Memory on a small App Service plan").
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseAzureMonitor(WebApplicationBuilder builder, string connectionString)
    {
        var credential = CreateCredential(builder.Configuration);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .UseAzureMonitor(options =>
            {
                options.ConnectionString = connectionString;
                options.Credential = credential;
                options.EnableLiveMetrics = false;
            });
        builder.Services.Configure<HttpClientTraceInstrumentationOptions>(options =>
        {
            var previous = options.EnrichWithHttpRequestMessage;
            options.EnrichWithHttpRequestMessage = (activity, request) =>
            {
                previous?.Invoke(activity, request);
                if (request.RequestUri is { } uri)
                {
                    activity.SetTag("url.full", TelemetryRedaction.RedactUrl(uri));
                }
            };
        });
    }

    /// <summary>The user-assigned managed identity named in configuration, else the system-assigned one.</summary>
    internal static TokenCredential CreateCredential(IConfiguration configuration)
    {
        var clientId = FirstSet(configuration["AZURE_CLIENT_ID"], configuration["Storage:ManagedIdentityClientId"]);
        return new ManagedIdentityCredential(clientId is null
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
