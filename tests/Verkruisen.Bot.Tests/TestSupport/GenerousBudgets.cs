using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Teams.Outbox;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// The bot's time budgets are sized for Teams' deadlines: a click's notifications get Approvals:NotifyBudget (3 s, at
/// most 4 s), a reply inside a turn Teams:Outbox:ReplyBudget (4 s, at most 8 s), and /healthz waits Storage:HealthTimeout
/// for Table Storage. On a loaded 2-core machine a send to the fake Connector or a query to Azurite can miss them, and
/// the test then sees the fallback path (the follow-up, the outbox, "unhealthy") instead of the one it tests. A
/// pipeline test gets a minute for each, unless it sets that budget itself: the tests of what happens when it runs out.
/// </summary>
public static class GenerousBudgets
{
    public static readonly TimeSpan Generous = TimeSpan.FromMinutes(1);

    public const string NotifyBudget = "Approvals:NotifyBudget";
    public const string ReplyBudget = "Teams:Outbox:ReplyBudget";
    public const string HealthTimeout = "Storage:HealthTimeout";

    /// <summary>The settings a test did not set itself: <see cref="HealthTimeout"/> is an ordinary setting.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyDictionary<string, string?> set) =>
        set.ContainsKey(HealthTimeout) ? [] : [new(HealthTimeout, Generous.ToString())];

    /// <summary>
    /// The two budgets whose range stops short of a minute: the options the bot would use (its configuration, validated)
    /// with the budget raised, for every service that reads them.
    /// </summary>
    public static void Use(IServiceCollection services, IReadOnlyDictionary<string, string?> set)
    {
        if (!set.ContainsKey(NotifyBudget))
        {
            Raise<ApprovalOptions>(services, o => o.NotifyBudget = Generous);
        }

        if (!set.ContainsKey(ReplyBudget))
        {
            Raise<OutboxOptions>(services, o => o.ReplyBudget = Generous);
        }
    }

    private static void Raise<T>(IServiceCollection services, Action<T> raise)
        where T : class
    {
        services.AddSingleton<IOptions<T>>(sp =>
        {
            var options = sp.GetRequiredService<IOptionsFactory<T>>().Create(Options.DefaultName);
            raise(options);
            return Options.Create(options);
        });
    }
}
