using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.DraftCheck;

public sealed class DraftCheckStoreTests
{
    private const string Draft = "Emma uit groep 6 heeft dyscalculie.";

    private static DraftCheckStore Store(Tables tables, TimeProvider time, int retentionDays = 28) =>
        new(tables, time, Options.Create(new DraftCheckOptions { RetentionDays = retentionDays }));

    [Fact]
    public async Task Record_ACheck_IsReadBackFromItsWeekWithoutTheDraftText()
    {
        var tables = await TestTables.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var store = Store(tables, time);
        var context = new DraftContext("facebook", false, AccountKind.Personal, AuthorRole.Teacher);
        var result = SharedChecker.Default.Check(Draft, context);

        await store.RecordAsync(result, context, "", CancellationToken.None);

        var record = Assert.Single(await store.ReadWeekAsync("2026-W48", CancellationToken.None));
        Assert.Equal("not-allowed", record.Verdict);
        Assert.Equal(["3"], record.Rules);
        Assert.Contains("pupil-confidential", record.Kinds);
        Assert.Equal(("facebook", "nl", "teacher", "personal"), (record.Platform, record.Language, record.Role, record.Account));
        Assert.Empty(await store.ReadWeekAsync("2026-W47", CancellationToken.None));
        await foreach (var entity in tables.Get(Tables.DraftChecks).QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            Assert.DoesNotContain(entity.Select(kv => kv.Value), v => v is string s && (s.Contains("Emma", StringComparison.Ordinal) || s.Contains("dyscalculie", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Purge_OldWeeks_AreDeletedAndRecentOnesKept()
    {
        var tables = await TestTables.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var store = Store(tables, time, retentionDays: 28);
        var result = SharedChecker.Default.Check("Fijne vakantie!", DraftContext.Unknown);
        await store.RecordAsync(result, DraftContext.Unknown, "", CancellationToken.None);
        await store.RecordAsync(result, DraftContext.Unknown, "", CancellationToken.None);
        time.Advance(TimeSpan.FromDays(60));
        await store.RecordAsync(result, DraftContext.Unknown, "", CancellationToken.None);

        var purged = await store.PurgeAsync(CancellationToken.None);

        Assert.Equal(2, purged);
        Assert.Empty(await store.ReadWeekAsync("2026-W02", CancellationToken.None));
        Assert.Single(await store.ReadWeekAsync(SchoolCalendar.WeekKey(time.GetUtcNow()), CancellationToken.None));
    }
}
