using Microsoft.Extensions.Time.Testing;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Calendar;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>Reminder after one school day, escalation to the director after three; weekends do not count.</summary>
public sealed class ApprovalFollowUpTests
{
    // Friday 27 November 2026, 09:00 in Amsterdam (UTC+1).
    private static readonly DateTimeOffset FridayMorning = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunOnce_OverAWeekend_RemindsOnMondayAndEscalatesOnWednesday()
    {
        var time = new FakeTimeProvider(FridayMorning);
        await using var s = await StartAsync(time);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Director);
        var (_, request) = await s.RequestAsync();

        time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 59, 0, TimeSpan.Zero)); // Monday 08:59: 23h59 of school time
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        Assert.DoesNotContain(s.DeliveredTo(Manager), r => r.AllText.Contains("Herinnering", StringComparison.Ordinal));

        time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)); // Monday 09:00
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        Assert.Single(s.DeliveredTo(Manager), r => r.AllText.Contains("Herinnering: Juf Anna wacht sinds 27 november 2026 09:00", StringComparison.Ordinal));
        Assert.Empty(s.DeliveredTo(Director));

        time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 7, 59, 0, TimeSpan.Zero)); // Wednesday 08:59
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        Assert.Empty(s.DeliveredTo(Director));

        time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero)); // Wednesday 09:00: 72 school hours
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        await s.FollowUp.RunOnceAsync(CancellationToken.None);

        var escalated = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(Director, escalated.EscalatedToAadId);
        Assert.Single(s.DeliveredTo(Director), r => r.Method == "POST");
        Assert.Contains(s.DeliveredTo(Manager), r => r.Method == "PUT" && r.AllText.Contains("Ook voorgelegd aan Dirk Directeur", StringComparison.Ordinal));
        Assert.Single(await s.Store.ListApproverOpenAsync(Director, CancellationToken.None));

        var decided = await s.ClickAsync(Director, ApprovalVerbs.Approve, Id(request));

        Assert.Contains("Goedgekeurd door Dirk Directeur", decided.ToString(), StringComparison.Ordinal);
        Assert.Empty(await s.Store.ListApproverOpenAsync(Director, CancellationToken.None));
        Assert.Empty(await s.Store.ListApproverOpenAsync(Manager, CancellationToken.None));
    }
}
