using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>The digest's parts wired by hand on Azurite tables, a fake clock and a counting sender.</summary>
public sealed class DigestHarness(Tables tables, WatchedClock time, DigestOptions options, IApprovalDigestSource approvals)
{
    public const string Tenant = "11111111-2222-3333-4444-555555555555";

    public static readonly string[] Directors = ["d1d1d1d1-0000-0000-0000-000000000001", "d2d2d2d2-0000-0000-0000-000000000002", "d3d3d3d3-0000-0000-0000-000000000003"];

    public Tables Tables => tables;

    public WatchedClock Time => time;

    public CountingSender Sender { get; } = new(time);

    public DigestClaimStore Claims => new(tables, time, Microsoft.Extensions.Options.Options.Create(options));

    public static async Task<DigestHarness> CreateAsync(
        DateTimeOffset now, IApprovalDigestSource? approvals = null, Action<DigestOptions>? configure = null, Tables? tables = null)
    {
        var options = new DigestOptions { Directors = Directors, TenantId = Tenant };
        configure?.Invoke(options);
        return new DigestHarness(tables ?? await TestTables.CreateAsync(), new WatchedClock(now), options, approvals ?? NoApprovals());
    }

    /// <summary>An approval source with nothing in it (Moq), for tests about questions, checks or the schedule.</summary>
    public static IApprovalDigestSource NoApprovals()
    {
        var source = new Mock<IApprovalDigestSource>();
        source.Setup(s => s.ListCreatedAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        source.Setup(s => s.ListDecidedAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        source.Setup(s => s.ListOpenAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return source.Object;
    }

    public QuestionLogStore QuestionLog => new(tables, time, Options.Create(new QuestionLogOptions()));

    public DraftCheckStore DraftChecks => new(tables, time, Options.Create(new DraftCheckOptions()));

    public DigestReader Reader() => new(QuestionLog, DraftChecks, new DigestBuilder(Protocol.Load(), SeededWeek.Names), approvals);

    /// <summary>One instance of the bot: its own dispatcher (own owner id and memory), the shared tables.</summary>
    public DigestDispatcher Instance(IOutbound? sender = null) => new(
        new DigestSchedule(Options.Create(options)),
        Claims,
        Reader(),
        sender ?? Sender,
        Options.Create(options),
        time,
        NullLogger<DigestDispatcher>.Instance);

    public DigestService Service(DigestDispatcher dispatcher) => new(
        dispatcher, new DigestSchedule(Options.Create(options)), Options.Create(options), time, NullLogger<DigestService>.Instance);
}
