using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Teams.Outbox;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>The named HttpClient the SDK's Connector uses (it asks the factory for the default client).</summary>
    public const string ConnectorClientName = "";

    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BotCredentialsOptions>()
            .Bind(configuration)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsValidator>();
        services.AddOptions<ConnectorRetryOptions>()
            .Bind(configuration.GetSection(ConnectorRetryOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BotFrameworkEndpointsOptions>()
            .Bind(configuration)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkEndpointsOptions>, BotFrameworkEndpointsValidator>();
        services.AddHostedService<BotFrameworkEndpointsReport>();

        services.AddSingleton<TenantGate>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddTransient<ServiceUrlGuardHandler>();
        services.AddTransient<ReplyBudgetHandler>();
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ReplyOutbox>();
        services.AddHostedService<OutboxSender>();
        services.AddSingleton<IPersonalDataSource, OutboxPersonalData>();

        // Outbound to the Connector: the guard first (a token only to a trusted serviceUrl), then retries with
        // backoff that honour Retry-After on 429, 412 and 5xx. The SDK adds no retry of its own to a client it
        // gets from the factory, so the two are not stacked.
        services.AddHttpClient(ConnectorClientName)
            .AddHttpMessageHandler<ReplyBudgetHandler>()
            .AddHttpMessageHandler<ServiceUrlGuardHandler>()
            .AddResilienceHandler("connector", (pipeline, context) =>
            {
                var retry = context.ServiceProvider.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = retry.MaxRetryAttempts,
                    Delay = retry.Delay,
                    BackoffType = Polly.DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(ConnectorRetry.ShouldRetry(args.Outcome)),
                });
                pipeline.AddTimeout(retry.AttemptTimeout);
            });

        services.AddSingleton<BotFrameworkAuthentication>(sp => new GuardedBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                configuration,
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<TenantGate>(),
            sp.GetRequiredService<ServiceUrlTrust>(),
            sp.GetRequiredService<SharedConnectorFactory>(),
            sp.GetRequiredService<ILogger<GuardedBotFrameworkAuthentication>>()));
        services.AddSingleton<SharedConnectorFactory>();
        services.AddSingleton<TeamsAdapter>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<TeamsOutbound>();
        services.AddSingleton<IOutbound>(sp => sp.GetRequiredService<TeamsOutbound>());
        services.AddHostedService<ServiceUrlTrustRestore>();
        services.AddSingleton<IRetentionPurge>(sp => sp.GetRequiredService<ConversationReferenceStore>());
        services.AddSingleton<IPersonalDataSource, ConversationReferencePersonalData>();
        services.AddSingleton<IBot, VerkruisenBot>(); // stateless: one per process, not one per request
        return services;
    }

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (RequestDelegate)MessagesEndpoint.HandleAsync);
        return endpoints;
    }
}
