using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>The weekly digest: builder, reader, claims, the schedule's background service and "overzicht".</summary>
    public static IServiceCollection AddDigest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>()
            .Bind(configuration.GetSection(DigestOptions.SectionName))
            .PostConfigure(o => o.TenantId = string.IsNullOrWhiteSpace(o.TenantId) ? configuration[DigestOptions.DefaultTenantSetting] : o.TenantId)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NameMasker>();
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestReader>();
        services.AddSingleton<DigestSchedule>();
        services.AddSingleton<DigestClaimStore>();
        services.AddSingleton<IRetentionPurge>(sp => sp.GetRequiredService<DigestClaimStore>());
        services.AddSingleton<Privacy.IPersonalDataSource, DigestClaimPersonalData>();
        services.AddSingleton<DigestDispatcher>();
        services.AddChatFeature<DigestChat>();
        services.AddHostedService<DigestService>();
        return services;
    }
}
