using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// The bot's real ASP.NET Core pipeline (Development, anonymous like the local Teams-like client), with its own
/// tables on the shared Azurite, fast Connector retries and time budgets a loaded machine does not miss
/// (<see cref="GenerousBudgets"/>). Settings can be added or overridden per test.
/// </summary>
public sealed class BotFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services, string environment)
    : WebApplicationFactory<Program>
{
    public string TablePrefix { get; } = TestTables.NewPrefix();

    /// <summary>
    /// A started bot; a setting given as null is left out (e.g. to drop a default). Unless <paramref name="waitForTables"/>
    /// is false (a test of storage that is down), it returns once the bot's own table initialiser has created its
    /// tables: a turn that reads a table before it exists would otherwise get the "not available" answer.
    /// </summary>
    public static async Task<BotFactory> CreateAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string environment = "Development",
        bool waitForTables = true)
    {
        var azurite = await AzuriteProcess.Shared;
        var bot = new BotFactory(azurite.ConnectionString, settings, services, environment);
        if (waitForTables)
        {
            await bot.TablesReadyAsync();
        }

        return bot;
    }

    /// <summary>Starts the host (if not yet) and waits until <see cref="TableInitializer"/> has finished.</summary>
    public Task TablesReadyAsync() => BackgroundServiceDoneAsync<TableInitializer>();

    /// <summary>Starts the host (if not yet) and waits until the bot's background service <typeparamref name="T"/> has run to its end.</summary>
    public async Task BackgroundServiceDoneAsync<T>()
        where T : BackgroundService
    {
        var service = Services.GetServices<IHostedService>().OfType<T>().Single();
        try
        {
            await service.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(2));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{typeof(T).Name} (tables prefixed {TablePrefix}) did not finish within 2 minutes: is Azurite reachable?", e);
        }
    }

    /// <summary>POSTs an activity to /api/messages.</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JObject activity, string? bearer = null)
    {
        using var client = CreateClient();
        using var content = new StringContent(activity.ToString(), System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        return await client.SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        var all = new Dictionary<string, string?>
        {
            ["Teams:AllowAnonymous"] = "true",
            ["Teams:AllowedTenants:0"] = Activities.Tenant,
            ["Teams:ConnectorRetry:Delay"] = "00:00:00.050",
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = TablePrefix,
        };
        var set = settings ?? new Dictionary<string, string?>();
        foreach (var (key, value) in set.Concat(GenerousBudgets.Settings(set)))
        {
            all[key] = value;
        }

        foreach (var (key, value) in all.Where(kv => kv.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(SharedModels.Use);
        builder.ConfigureTestServices(s => GenerousBudgets.Use(s, set));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
