using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class QuestionLogStoreTests
{
    private static readonly QuestionEngine Engine = QuestionEngine.CreateDefault();
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task LogAsync_AnsweredQuestion_StoresRulesButNotTheText()
    {
        var (store, _) = await CreateAsync();

        var id = await store.LogAsync(Engine.Answer("Moet ik in de groepsapp van de ouders?"), "Moet ik in de groepsapp van de ouders?", "", CancellationToken.None);

        var entry = Assert.Single(await ReadAsync(store, "2026-W48"));
        Assert.Equal(id, entry.QuestionId);
        Assert.Equal("answer", entry.Kind);
        Assert.StartsWith("12", entry.Rules, StringComparison.Ordinal);
        Assert.Equal("nl", entry.Language);
        Assert.True(entry.Answered);
        Assert.Null(entry.Text);
        Assert.Null(entry.Helpful);
    }

    [Fact]
    public async Task LogAsync_UnansweredQuestion_KeepsTheTextForTheDigest()
    {
        var (store, _) = await CreateAsync();

        await store.LogAsync(Engine.Answer("mag ik dit posten?"), "mag ik dit posten?", "", CancellationToken.None);

        var entry = Assert.Single(await ReadAsync(store, "2026-W48"));
        Assert.False(entry.Answered);
        Assert.Equal("mag ik dit posten?", entry.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SetFeedbackAsync_LoggedQuestion_UpdatesTheEntry(bool helpful)
    {
        var (store, _) = await CreateAsync();
        var id = await store.LogAsync(Engine.Answer("Mag ik foto's posten?"), "x", "", CancellationToken.None);

        Assert.True(await store.SetFeedbackAsync(id, helpful, CancellationToken.None));

        Assert.Equal(helpful, Assert.Single(await ReadAsync(store, "2026-W48")).Helpful);
    }

    [Theory]
    [InlineData("2026-W48_0000000000000000000-nothere")]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task SetFeedbackAsync_UnknownId_ReturnsFalse(string id)
    {
        var (store, _) = await CreateAsync();

        Assert.False(await store.SetFeedbackAsync(id, true, CancellationToken.None));
    }

    [Fact]
    public async Task ReadWeekAsync_TwoWeeks_ReadsOnlyTheOneAskedNewestFirst()
    {
        var (store, time) = await CreateAsync();
        var result = Engine.Answer("Moet ik in de groepsapp?");
        await store.LogAsync(result, "a", "", CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        var newer = await store.LogAsync(result, "b", "", CancellationToken.None);
        time.Advance(TimeSpan.FromDays(7));
        await store.LogAsync(result, "c", "", CancellationToken.None);

        var week = await ReadAsync(store, "2026-W48");

        Assert.Equal(2, week.Count);
        Assert.Equal(newer, week[0].QuestionId);
        Assert.Single(await ReadAsync(store, "2026-W49"));
    }

    [Fact]
    public async Task PurgeAsync_WeeksOlderThanRetention_AreDeletedOthersKept()
    {
        var (store, time) = await CreateAsync(retentionDays: 30);
        var result = Engine.Answer("Moet ik in de groepsapp?");
        await store.LogAsync(result, "old", "", CancellationToken.None);
        await store.LogAsync(result, "old", "", CancellationToken.None);
        time.Advance(TimeSpan.FromDays(40));
        await store.LogAsync(result, "recent", "", CancellationToken.None);

        var deleted = await store.PurgeAsync(CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Empty(await ReadAsync(store, "2026-W48"));
        Assert.Single(await ReadAsync(store, SchoolCalendar.WeekKey(time.GetUtcNow())));
    }

    private static async Task<(QuestionLogStore Store, FakeTimeProvider Time)> CreateAsync(int retentionDays = 180)
    {
        var tables = await TestTables.CreateAsync();
        var time = new FakeTimeProvider(Monday);
        return (new QuestionLogStore(tables, time, Options.Create(new QuestionLogOptions { RetentionDays = retentionDays })), time);
    }

    private static async Task<List<QuestionLogEntity>> ReadAsync(QuestionLogStore store, string week)
    {
        var list = new List<QuestionLogEntity>();
        await foreach (var e in store.ReadWeekAsync(week, CancellationToken.None))
        {
            list.Add(e);
        }

        return list;
    }
}
