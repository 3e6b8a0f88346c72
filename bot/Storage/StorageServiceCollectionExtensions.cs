using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var names = Tables.All.Select(name => options.TablePrefix + name).ToHashSet(StringComparer.Ordinal);
            var creator = Create(options, ClientOptions(options.RetryDelay));
            var clientOptions = ClientOptions(options.RetryDelay);
            clientOptions.AddPolicy(
                new CreateMissingTablePolicy(creator, names, sp.GetRequiredService<ILoggerFactory>().CreateLogger<CreateMissingTablePolicy>()),
                HttpPipelinePosition.PerCall);
            return Create(options, clientOptions);
        });
        services.AddSingleton<Tables>();
        services.AddHostedService<TableInitializer>();
        services.AddHostedService<RetentionService>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    /// <summary>A table client for the configured account, with the bot's retry settings (also for the command line).</summary>
    public static TableServiceClient CreateClient(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Create(options, ClientOptions(options.RetryDelay));
    }

    /// <summary>The bot's retries for Table Storage: three, exponential from Storage:RetryDelay, 10 s per attempt (tests reuse them).</summary>
    internal static TableClientOptions ClientOptions(TimeSpan retryDelay)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = retryDelay;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return clientOptions;
    }

    private static TableServiceClient Create(StorageOptions options, TableClientOptions clientOptions)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        var credential = new ManagedIdentityCredential(
            string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(options.TableEndpoint!, credential, clientOptions);
    }
}
