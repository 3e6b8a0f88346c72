using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkruisen.Bot.Chat;

public static class ChatServiceCollectionExtensions
{
    /// <summary>Adds a feature to the routing table (once), as the singleton it already is.</summary>
    public static IServiceCollection AddChatFeature<T>(this IServiceCollection services)
        where T : class, IChatFeature
    {
        services.TryAddSingleton<T>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatFeature, T>(sp => sp.GetRequiredService<T>()));
        services.TryAddSingleton<ChatRouter>();
        return services;
    }

    /// <summary>The one answer for messages no feature takes.</summary>
    public static IServiceCollection AddChatFallback<T>(this IServiceCollection services)
        where T : class, IChatFallback
    {
        services.TryAddSingleton<T>();
        services.TryAddSingleton<IChatFallback>(sp => sp.GetRequiredService<T>());
        services.TryAddSingleton<ChatRouter>();
        return services;
    }
}
