namespace Verkruisen.Bot.MessagingExtension;

public static class MessagingExtensionServiceCollectionExtensions
{
    /// <summary>The compose-box search and the message check (they use the question engine and the draft checker).</summary>
    public static IServiceCollection AddMessagingExtension(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessagingExtensionOptions>()
            .Bind(configuration.GetSection(MessagingExtensionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GuidelineSearch>();
        services.AddSingleton<MessageCheck>();
        services.AddSingleton<MessagingExtensionService>();
        return services;
    }
}
