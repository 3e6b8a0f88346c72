using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Verkruisen.Bot.Hosting;

public static class HostingExtensions
{
    /// <summary>Outer request limits, problem details for errors, health checks, and (Linux) the native heap trim.</summary>
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks();
        if (OperatingSystem.IsLinux())
        {
            builder.Services.AddHostedService<NativeHeapTrimService>();
        }

        return builder;
    }

    /// <summary>GET /healthz: 200 with each check's status, 503 when storage is unreachable.</summary>
    public static IEndpointRouteBuilder MapHosting(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        return endpoints;
    }

    private static Task WriteHealthAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new Dictionary<string, string> { ["status"] = report.Status.ToString() };
        foreach (var (name, entry) in report.Entries)
        {
            body[name] = entry.Status.ToString();
        }

        return http.Response.WriteAsync(JsonSerializer.Serialize(body, HostingJsonContext.Default.DictionaryStringString));
    }
}
