using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verkruisen.Bot.Hosting;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// What the bot prints when it refuses to start with some settings, in process: the real composition (Program) is
/// built with the settings and <see cref="StartupSettings"/> writes its report of that host's services, as Program
/// does before it exits with 1. Program then returns without starting the host, so nothing runs; the bot's background
/// services are removed anyway, should a case start after all. That the process itself prints the report and exits 1
/// (no stack trace) is proven once through the real binary (ProductionStartupTests); a child process per setting
/// costs seconds of start-up each.
/// </summary>
public static class StartupReport
{
    /// <summary>
    /// The report (empty when every setting is valid, i.e. the bot would start) for the environment variables
    /// <see cref="BotProcess.Start"/> would give the binary: ASPNETCORE_ENVIRONMENT names the environment, and every
    /// other variable is a setting with __ for : (as .NET's environment configuration reads them).
    /// </summary>
    public static async Task<string> OfAsync(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT", "Production"));
            foreach (var (key, value) in environment.Where(kv => kv.Key != "ASPNETCORE_ENVIRONMENT"))
            {
                host.UseSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
            }

            host.ConfigureTestServices(services =>
            {
                foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationType?.Assembly == typeof(TableInitializer).Assembly).ToList())
                {
                    services.Remove(hosted);
                }
            });
        });
        using var report = new StringWriter();
        StartupSettings.Report(StartupSettings.Problems(factory.Services), report);
        return report.ToString();
    }
}
