using System.Globalization;
using Moq;
using Verkruisen.Bot.Approvals;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>The background service on a fake clock: it wakes at Monday 07:30 Amsterdam time, summer or winter.</summary>
public sealed class DigestServiceTests
{
    [Theory]
    [InlineData("2026-03-23T06:30:00Z")] // winter time (CET), the Monday before daylight saving starts
    [InlineData("2026-03-30T05:30:00Z")] // summer time (CEST), the day after the clocks went forward
    [InlineData("2026-10-19T05:30:00Z")] // summer time, the Monday before daylight saving ends
    [InlineData("2026-10-26T06:30:00Z")] // winter time, the day after the clocks went back
    public async Task Service_AroundMondayHalfEight_SendsAtHalfEightNotBefore(string due)
    {
        var at = DateTimeOffset.Parse(due, CultureInfo.InvariantCulture);
        var harness = await DigestHarness.CreateAsync(at.AddMinutes(-5), configure: o => o.PollInterval = TimeSpan.FromHours(1));
        using var service = harness.Service(harness.Instance());
        await service.StartAsync(CancellationToken.None);

        // The first tick (five minutes early) is over and the service sleeps until exactly half past seven.
        await harness.Time.WaitForTimerAsync(at);
        harness.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(harness.Sender.Sent);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.Sender.WaitForSentAsync(3);
        await service.StopAsync(CancellationToken.None);

        Assert.All(harness.Sender.Sent, s => Assert.Equal(at, s.At));
    }

    [Fact]
    public async Task Service_ScheduleOffAndDigestDue_EndsWithoutSending()
    {
        var at = new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);
        var harness = await DigestHarness.CreateAsync(at.AddMinutes(5), configure: o => o.ScheduleEnabled = false);
        using var service = harness.Service(harness.Instance());

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(90)); // an upper bound: the service ends at once
        harness.Time.Advance(TimeSpan.FromHours(1));

        Assert.Empty(harness.Sender.Sent);
    }

    [Fact]
    public async Task Service_TickFails_KeepsRunningAndSendsOnTheNextPoll()
    {
        var at = new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);
        var approvals = new Mock<IApprovalDigestSource>();
        approvals.SetupSequence(a => a.ListOpenAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new Azure.RequestFailedException(503, "Service unavailable"))
            .ReturnsAsync([]);
        approvals.Setup(a => a.ListCreatedAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        approvals.Setup(a => a.ListDecidedAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var harness = await DigestHarness.CreateAsync(at, approvals.Object, o => o.PollInterval = TimeSpan.FromMinutes(5));
        using var service = harness.Service(harness.Instance());

        await service.StartAsync(CancellationToken.None);
        // The failed tick is over and the service waits for the next poll instead of ending.
        await harness.Time.WaitForTimerAsync(at.AddMinutes(5));
        Assert.Single(approvals.Invocations, i => i.Method.Name == nameof(IApprovalDigestSource.ListOpenAsync));
        Assert.Empty(harness.Sender.Sent);
        Assert.False(service.ExecuteTask!.IsCompleted);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.Sender.WaitForSentAsync(3);
        await service.StopAsync(CancellationToken.None);

        Assert.All(harness.Sender.Sent, s => Assert.Equal(at.AddMinutes(5), s.At));
    }
}
