using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.EntraDirectory;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>
/// A delivery that fails now is "unreachable, will retry"; a bug is not: it reaches the caller with its stack
/// (the turn's or the follow-up pass's handler logs it).
/// </summary>
public sealed class ApprovalMessengerTests
{
    private const string Tenant = "tenant-1";
    private static readonly ChatReply Reply = ChatReply.FromText("x");

    [Fact]
    public async Task Send_DeliveryFails_ReturnsNullForALaterTry()
    {
        var outbound = new Mock<IOutbound>();
        outbound.Setup(o => o.SendAsync(Tenant, "a", Reply, It.IsAny<CancellationToken>())).ThrowsAsync(new DeliveryFailedException("Connector503"));

        Assert.Null(await Messenger(outbound).SendAsync(Tenant, "a", "via", Reply, CancellationToken.None));
    }

    [Fact]
    public async Task Send_Bug_ReachesTheCaller()
    {
        var outbound = new Mock<IOutbound>();
        outbound.Setup(o => o.SendAsync(Tenant, "a", Reply, It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("bug"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Messenger(outbound).SendAsync(Tenant, "a", "via", Reply, CancellationToken.None));
    }

    [Fact]
    public async Task Send_BudgetRunsOut_ReturnsNull()
    {
        using var budget = new CancellationTokenSource();
        var outbound = new Mock<IOutbound>();
        outbound.Setup(o => o.SendAsync(Tenant, "a", Reply, It.IsAny<CancellationToken>()))
            .Returns<string, string, ChatReply, CancellationToken>(async (_, _, _, ct) =>
            {
                await budget.CancelAsync();
                ct.ThrowIfCancellationRequested();
                return "never";
            });

        Assert.Null(await Messenger(outbound).SendAsync(Tenant, "a", "via", Reply, budget.Token));
    }

    [Fact]
    public async Task Send_NoChatYet_InstallsTheAppAndOpensOne()
    {
        var outbound = new Mock<IOutbound>();
        outbound.Setup(o => o.SendAsync(Tenant, "a", Reply, It.IsAny<CancellationToken>())).ReturnsAsync((string?)null);
        outbound.Setup(o => o.OpenChatAndSendAsync(Tenant, "a", "via", Reply, It.IsAny<CancellationToken>())).ReturnsAsync("activity-1");

        Assert.Equal("activity-1", await Messenger(outbound).SendAsync(Tenant, "a", "via", Reply, CancellationToken.None));
    }

    [Fact]
    public async Task Update_Bug_ReachesTheCallerAndDeliveryFailureIsFalse()
    {
        var outbound = new Mock<IOutbound>();
        outbound.Setup(o => o.UpdateAsync(Tenant, "a", "m1", Reply, It.IsAny<CancellationToken>())).ThrowsAsync(new DeliveryFailedException("Timeout"));
        outbound.Setup(o => o.UpdateAsync(Tenant, "b", "m1", Reply, It.IsAny<CancellationToken>())).ThrowsAsync(new KeyNotFoundException());
        var messenger = Messenger(outbound);

        Assert.False(await messenger.UpdateAsync(Tenant, "a", "m1", Reply, CancellationToken.None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => messenger.UpdateAsync(Tenant, "b", "m1", Reply, CancellationToken.None));
    }

    private static ApprovalMessenger Messenger(Mock<IOutbound> outbound)
    {
        var directory = new Mock<IDirectory>();
        directory.Setup(d => d.InstallAppForUserAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        return new ApprovalMessenger(outbound.Object, directory.Object, NullLogger<ApprovalMessenger>.Instance);
    }
}
