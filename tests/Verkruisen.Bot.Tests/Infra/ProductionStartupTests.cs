using System.Net;
using System.Text;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Teams;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Infra;

/// <summary>
/// The production configuration path: the settings infra/main.bicep gives the web app (managed identity for the
/// bot token and Table Storage, no secrets) start the bot in the Production environment, and a missing one stops
/// the start with a message that names it. Nothing here reaches Azure: the table initializer (which would ask the
/// managed-identity endpoint for a token) is removed, and no endpoint that touches storage is called.
/// </summary>
public sealed class ProductionStartupTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TenantId = "66666666-7777-8888-9999-000000000000";
    private const string TableEndpoint = "https://x.table.core.windows.net";

    /// <summary>What the Bicep template sets, in configuration-key form (App Service turns __ into :).</summary>
    static ProductionStartupTests()
    {
        // Should anything still ask for a managed-identity token, it goes to a closed loopback port, not to IMDS.
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", "http://127.0.0.1:9/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "test");
    }

    private static Dictionary<string, string?> ProductionSettings() => new()
    {
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppTenantId"] = TenantId,
        ["Teams:AllowedTenants:0"] = TenantId,
        ["Storage:TableEndpoint"] = TableEndpoint,
        ["Storage:ManagedIdentityClientId"] = AppId,
    };

    [Fact]
    public async Task Start_ProductionManagedIdentitySettings_StartsWithTableEndpointAndNoConnectionString()
    {
        await using var factory = CreateFactory(ProductionSettings());

        var services = factory.Services;

        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Equal(new Uri(TableEndpoint), storage.TableEndpoint);
        Assert.True(string.IsNullOrEmpty(storage.ConnectionString));
        Assert.Equal("x", services.GetRequiredService<TableServiceClient>().AccountName);
        Assert.Equal("Production", services.GetRequiredService<IHostEnvironment>().EnvironmentName);
    }

    [Fact]
    public async Task PostMessages_ProductionSettingsWithoutToken_Returns401()
    {
        await using var factory = CreateFactory(ProductionSettings());
        using var client = factory.CreateClient();
        const string activity = """
            {"type":"message","id":"a1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "conversation":{"id":"c1","tenantId":"66666666-7777-8888-9999-000000000000"},
             "from":{"id":"u1"},"recipient":{"id":"b1"},"text":"hallo"}
            """;

        using var response = await client.PostAsync(
            new Uri("/api/messages", UriKind.Relative),
            new StringContent(activity, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>
    /// The start-up report of the real composition, in process (<see cref="StartupReport"/>); that the binary prints
    /// it and exits 1 is the next test's.
    /// </summary>
    [Theory]
    [InlineData("MicrosoftAppTenantId", "MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppId", "MicrosoftAppId")]
    [InlineData("MicrosoftAppType", "MicrosoftAppType")]
    [InlineData("Storage:TableEndpoint", "Storage:TableEndpoint")]
    [InlineData("Teams:AllowedTenants:0", "Teams:AllowedTenants")]
    public async Task Start_RequiredSettingMissing_FailsNamingTheSetting(string missing, string named)
    {
        var settings = ProductionSettings();
        settings.Remove(missing);
        var environment = settings.ToDictionary(kv => kv.Key.Replace(":", "__", StringComparison.Ordinal), kv => kv.Value ?? "");
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var report = await StartupReport.OfAsync(environment);

        Assert.Contains(named, report, StringComparison.Ordinal);
    }

    /// <summary>
    /// Through the real binary (WebApplicationFactory cannot see a process exit): validation stops the start before any
    /// hosted service runs; the managed-identity endpoint points at a closed loopback port anyway.
    /// </summary>
    [Fact]
    public async Task Start_NoSettingsAtAll_NamesEveryMissingSettingInPlainLinesAndExits1()
    {
        await using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["IDENTITY_ENDPOINT"] = "http://127.0.0.1:9/msi/token",
            ["IDENTITY_HEADER"] = "test",
        });

        Assert.True(await bot.WaitForExitAsync(TimeSpan.FromMinutes(3)), "The bot started without any settings");

        Assert.Equal(1, bot.ExitCode);
        foreach (var named in new[] { "MicrosoftAppId", "Storage:ConnectionString", "Teams:AllowedTenants" })
        {
            Assert.Contains(named, bot.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DataAnnotation validation failed", bot.Output, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> CreateFactory(Dictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(services =>
            {
                // Every background service of the bot touches storage (and so the managed-identity endpoint).
                foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationType?.Assembly == typeof(TableInitializer).Assembly).ToList())
                {
                    services.Remove(hosted);
                }
            });
        });
}
