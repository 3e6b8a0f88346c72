using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.SchoolExamples;

public static class SchoolExamplesServiceCollectionExtensions
{
    /// <summary>Learning from the school: the digest's label buttons, their table, and every instance's refresh of it.</summary>
    public static IServiceCollection AddSchoolExamples(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchoolExampleOptions>()
            .Bind(configuration.GetSection(SchoolExampleOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SchoolExampleStore>();
        services.AddSingleton<IRetentionPurge>(sp => sp.GetRequiredService<SchoolExampleStore>());
        services.AddSingleton<Privacy.IPersonalDataSource, SchoolExamplePersonalData>();
        services.AddChatFeature<SchoolExamplesChat>();
        services.AddHostedService<SchoolExampleRefresher>();
        return services;
    }
}
