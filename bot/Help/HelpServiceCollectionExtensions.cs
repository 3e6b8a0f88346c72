using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>The welcome card for an empty message and the help cards' buttons.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddChatFeature<HelpChat>();
}
