using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Privacy;

namespace Verkruisen.Bot.Approvals;

public static class ApprovalsServiceCollectionExtensions
{
    /// <summary>
    /// The approval flow (rule 8): storage, approver policy, messenger, chat, follow-up and retention, and the
    /// digest's <see cref="IApprovalDigestSource"/>. Needs AddDirectory, AddTeams and AddDraftCheck.
    /// </summary>
    public static IServiceCollection AddApprovals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApprovalOptions>()
            .Bind(configuration.GetSection(ApprovalOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.RequestRetentionDays > o.DraftRetentionDays, "Approvals:RequestRetentionDays must be longer than Approvals:DraftRetentionDays.")
            .Validate(o => o.EscalateAfter > o.ReminderAfter, "Approvals:EscalateAfter must be longer than Approvals:ReminderAfter.")
            .Validate(o => TimeSpan.FromDays(o.OpenRequestMaxDays) > o.EscalateAfter * 7 / 5 + TimeSpan.FromDays(2), "Approvals:OpenRequestMaxDays must be longer than Approvals:EscalateAfter (school time, in calendar days).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApprovalStore>();
        services.AddSingleton<ApprovalEventLog>();
        services.AddSingleton<IApprovalDigestSource>(sp => sp.GetRequiredService<ApprovalStore>());
        services.AddSingleton<ApproverPolicy>();
        services.AddSingleton<ApprovalMessenger>();
        services.AddSingleton<ApprovalService>();
        services.AddSingleton<ApprovalDecisions>();
        services.AddChatFeature<ApprovalsChat>();
        services.AddChatFeature<ApprovalHistoryChat>();
        services.AddSingleton<ApprovalExpiry>();
        services.AddSingleton<ApprovalFollowUp>();
        services.AddSingleton<Chat.IChatOpened>(sp => sp.GetRequiredService<ApprovalFollowUp>());
        services.AddSingleton<ApprovalRetention>();
        services.AddSingleton<IPersonalDataSource, ApprovalPersonalData>();
        services.AddHostedService<ApprovalBackgroundService>();
        return services;
    }
}
