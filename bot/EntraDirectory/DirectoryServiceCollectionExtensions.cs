using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Verkruisen.Bot.Teams;

namespace Verkruisen.Bot.EntraDirectory;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// The directory: Graph with the bot's own identity (ClientSecretCredential when MicrosoftAppType is SingleTenant,
    /// else the managed identity). In Development with Directory:Static:Managers set, the static directory instead.
    /// </summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<DirectoryOptions>()
            .Bind(configuration.GetSection(DirectoryOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMemoryCache();
        var useStatic = environment.IsDevelopment()
            && configuration.GetSection(DirectoryOptions.SectionName + ":Static:Managers").GetChildren().Any();
        if (useStatic)
        {
            services.AddSingleton<IDirectory, StaticDirectory>();
            return services;
        }

        // The SDK's own HttpClient with its middleware (retry with Retry-After on 429/503, redirects).
        services.AddSingleton(sp => new GraphServiceClient(
            Credential(sp.GetRequiredService<IOptions<BotCredentialsOptions>>().Value, sp.GetRequiredService<IOptions<DirectoryOptions>>().Value),
            ["https://graph.microsoft.com/.default"]));
        services.AddSingleton<IDirectory, GraphDirectory>();
        return services;
    }

    private static TokenCredential Credential(BotCredentialsOptions bot, DirectoryOptions directory)
    {
        if (string.Equals(bot.MicrosoftAppType, BotCredentialsOptions.SingleTenant, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(bot.MicrosoftAppPassword))
        {
            return new ClientSecretCredential(bot.MicrosoftAppTenantId, bot.MicrosoftAppId, bot.MicrosoftAppPassword);
        }

        var clientId = string.IsNullOrWhiteSpace(directory.ManagedIdentityClientId)
            ? Environment.GetEnvironmentVariable("AZURE_CLIENT_ID")
            : directory.ManagedIdentityClientId;
        return new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
