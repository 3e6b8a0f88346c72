using Microsoft.Extensions.DependencyInjection;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// The bot's read-only models (question engine, draft-check lexicons and text analyzer), built once per test run and
/// given to every in-process bot: each host would otherwise build them again (about a second of CPU per test on two
/// cores). They are the same objects the bot builds (singletons there too, shared by concurrent turns).
/// </summary>
public static class SharedModels
{
    private static readonly Lazy<QuestionEngine> Engine = new(QuestionEngine.CreateDefault);
    private static readonly Lazy<TextAnalyzer> Analyzer = new(() => new TextAnalyzer());
    private static readonly Lazy<DraftCheckData> DraftData = new(() => new DraftCheckData(Analyzer.Value));

    /// <summary>Replaces the bot's registrations of the models with the shared instances.</summary>
    public static void Use(IServiceCollection services)
    {
        services.AddSingleton(Engine.Value);
        services.AddSingleton(Analyzer.Value);
        services.AddSingleton(DraftData.Value);
    }
}
