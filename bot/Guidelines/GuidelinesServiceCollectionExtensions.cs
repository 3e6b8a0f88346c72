using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Guidelines;

public static class GuidelinesServiceCollectionExtensions
{
    /// <summary>The question engine (index built once), the question log and its purge, and the chat service.</summary>
    public static IServiceCollection AddGuidelines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuestionLogOptions>()
            .Bind(configuration.GetSection(QuestionLogOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(_ => QuestionEngine.CreateDefault());
        services.AddSingleton(sp => sp.GetRequiredService<QuestionEngine>().Protocol);
        services.AddSingleton(sp => new LearnedExamples(sp.GetRequiredService<QuestionEngine>()));
        services.AddSingleton<QuestionLogStore>();
        services.AddSingleton<Privacy.IPersonalDataSource, QuestionLogPersonalData>();
        services.AddSingleton<IWrittenLanguage, WrittenLanguage>();
        services.AddChatFeature<GuidelinesChat>();
        services.AddChatFallback<GuidelinesChat>();
        services.AddHostedService<QuestionEngineWarmup>();
        services.AddHostedService<QuestionLogPurger>();
        return services;
    }
}
