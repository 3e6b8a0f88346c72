using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.DraftCheck;

public static class DraftCheckServiceCollectionExtensions
{
    /// <summary>The draft check: checker (its models read at start), chat handler, check records and their retention purge.</summary>
    public static IServiceCollection AddDraftCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DraftCheckOptions>()
            .Bind(configuration.GetSection(DraftCheckOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TextAnalyzer>(_ => new TextAnalyzer());
        services.AddSingleton<DraftCheckData>();
        services.AddSingleton<DraftChecker>();
        services.AddSingleton<DraftCheckStore>();
        services.AddSingleton<Privacy.IPersonalDataSource, DraftCheckPersonalData>();
        services.AddChatFeature<DraftCheckChat>();
        services.AddHostedService<DraftCheckWarmup>();
        services.AddHostedService<DraftCheckRetentionService>();
        return services;
    }
}
