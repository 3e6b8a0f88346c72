using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>"mijn gegevens" and "verwijder mijn gegevens"; each table with personal data adds its <see cref="IPersonalDataSource"/>.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddChatFeature<PrivacyChat>();
        return services;
    }
}
