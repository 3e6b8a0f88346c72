using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Digest;

/// <summary>The digest reads a week, not the world: measured in storage requests against Azurite.</summary>
public sealed class DigestReaderTests
{
    private static readonly DigestWeek Week = SeededWeek.Week;

    [Fact]
    public async Task ReadAsync_BusyWeek_TakesFourTableRequestsAndThreeApprovalQueries()
    {
        var counter = new RequestCounter();
        var tables = await counter.TablesAsync();
        await SeedAsync(tables, Week, questions: 500, checks: 200);
        await SeedAsync(tables, Week.Previous(), questions: 420, checks: 180);
        await SeedAsync(tables, Week.Previous().Previous(), questions: 300, checks: 100);
        var approvals = new Mock<IApprovalDigestSource>();
        var fifty = Enumerable.Range(0, 50).Select(i => SeededWeek.A with { RequestId = "r" + i, CreatedAt = Week.Start.AddHours(i) }).ToList();
        approvals.Setup(a => a.ListCreatedAsync(Week.Previous().Start, Week.End, It.IsAny<CancellationToken>())).ReturnsAsync(fifty);
        approvals.Setup(a => a.ListDecidedAsync(Week.Previous().Start, Week.End, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        approvals.Setup(a => a.ListOpenAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var time = new FakeTimeProvider(SeededWeek.AsOf);
        var reader = new DigestReader(
            new QuestionLogStore(tables, time, Options.Create(new QuestionLogOptions())),
            new DraftCheckStore(tables, time, Options.Create(new Bot.DraftCheck.DraftCheckOptions())),
            new DigestBuilder(Protocol.Load(), SeededWeek.Names),
            approvals.Object);
        counter.Clear();

        var digest = await reader.ReadAsync(Week, SeededWeek.AsOf, CancellationToken.None);

        Assert.Equal((500, 200, 50), (digest.Questions.Asked, digest.Drafts.Checked, digest.Approvals.Requested));
        Assert.Equal((420, 180), (digest.Previous.Questions, digest.Previous.DraftsChecked));
        var requests = counter.Requests.ToList();
        Assert.True(requests.Count == 4, string.Join("\n", requests));
        Assert.All(requests, r => Assert.Matches(@"^GET .*(QuestionLog|DraftChecks)\(\)\?.*&\$filter=PartitionKey eq '2026-W4[67]'$", r));
        approvals.Verify(a => a.ListCreatedAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        approvals.Verify(a => a.ListDecidedAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        approvals.Verify(a => a.ListOpenAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ReadAsync_SeededWeekInStorage_GivesTheSeededNumbers()
    {
        var tables = await TestTables.CreateAsync();
        await InsertAsync(tables.Get(Tables.QuestionLog), SeededWeek.Questions(Week));
        var time = new FakeTimeProvider(SeededWeek.AsOf);
        var checks = new DraftCheckStore(tables, time, Options.Create(new Bot.DraftCheck.DraftCheckOptions()));
        await InsertAsync(tables.Get(Tables.DraftChecks), SeededWeek.Checks(Week).Select((c, i) => CheckEntity(Week, c.Verdict, i)));
        var approvals = new Mock<IApprovalDigestSource>();
        approvals.Setup(a => a.ListCreatedAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(SeededWeek.Created);
        approvals.Setup(a => a.ListDecidedAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(SeededWeek.Decided);
        approvals.Setup(a => a.ListOpenAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SeededWeek.Open);
        var reader = new DigestReader(new QuestionLogStore(tables, time, Options.Create(new QuestionLogOptions())), checks, new DigestBuilder(Protocol.Load(), SeededWeek.Names), approvals.Object);

        var digest = await reader.ReadAsync(Week, SeededWeek.AsOf, CancellationToken.None);

        Assert.Equal(new WeekCounts(10, 2, 6, 1, 4, 3), digest.Counts);
        Assert.Equal(new WeekCounts(0, 0, 0, 0, 3, 1), digest.Previous);
        Assert.Equal(TimeSpan.FromHours(24), digest.Approvals.MedianToDecision);
    }

    private static async Task SeedAsync(Tables tables, DigestWeek week, int questions, int checks)
    {
        var rules = new[] { "3", "10", "8", "12", "4" };
        await InsertAsync(tables.Get(Tables.QuestionLog), Enumerable.Range(0, questions).Select(i =>
            SeededWeek.Question(week.Start.AddMinutes(i * 7), "answer", i % 10 != 0, rules[i % rules.Length], text: i % 10 == 0 ? "vraag " + i : null)));
        await InsertAsync(tables.Get(Tables.DraftChecks), Enumerable.Range(0, checks).Select(i => CheckEntity(week, i % 3 == 0 ? "not-allowed" : "allowed", i)));
    }

    private static DraftCheckEntity CheckEntity(DigestWeek week, string verdict, int i) => new()
    {
        PartitionKey = week.Key,
        RowKey = i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
        Verdict = verdict,
        Language = "nl",
        CheckedAt = week.Start.AddMinutes(i * 20),
    };

    private static async Task InsertAsync(TableClient table, IEnumerable<ITableEntity> entities)
    {
        foreach (var batch in entities.Chunk(100))
        {
            await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), CancellationToken.None);
        }
    }
}
