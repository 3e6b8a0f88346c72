using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace Verkruisen.Bot.EntraDirectory;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// The directory: Graph with a client secret (Directory:ClientId/ClientSecret/TenantId, by default the bot's own
    /// when MicrosoftAppType is SingleTenant), else the managed identity. In Development with Directory:Static:Managers set, the static directory instead.
    /// </summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<DirectoryOptions>()
            .Bind(configuration.GetSection(DirectoryOptions.SectionName))
            .PostConfigure(o => UseBotSecretByDefault(o, configuration))
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

        AddGraph(services);
        return services;
    }

    /// <summary>
    /// Graph, in a method of its own that is never inlined: with the static directory the Graph SDK's assemblies are
    /// not loaded at all (README, "Memory on a small App Service plan"). The SDK's own HttpClient with its middleware
    /// (retry with Retry-After on 429/503, redirects).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGraph(IServiceCollection services)
    {
        services.AddSingleton(sp => new GraphServiceClient(
            Credential(sp.GetRequiredService<IOptions<DirectoryOptions>>().Value),
            ["https://graph.microsoft.com/.default"]));
        services.AddSingleton<IDirectory, GraphDirectory>();
    }

    /// <summary>A SingleTenant bot's client secret reads Graph too, unless the directory has its own.</summary>
    private static void UseBotSecretByDefault(DirectoryOptions options, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientSecret)
            || !string.Equals(configuration["MicrosoftAppType"], "SingleTenant", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        options.ClientId = configuration["MicrosoftAppId"];
        options.ClientSecret = configuration["MicrosoftAppPassword"];
        options.TenantId = configuration["MicrosoftAppTenantId"];
    }

    private static TokenCredential Credential(DirectoryOptions directory)
    {
        if (!string.IsNullOrWhiteSpace(directory.ClientSecret))
        {
            return new ClientSecretCredential(directory.TenantId, directory.ClientId, directory.ClientSecret);
        }

        var clientId = string.IsNullOrWhiteSpace(directory.ManagedIdentityClientId)
            ? Environment.GetEnvironmentVariable("AZURE_CLIENT_ID")
            : directory.ManagedIdentityClientId;
        return new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
