using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.SchoolExamples;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Teams;
using Verkruisen.Bot.Tests.Approvals;
using Verkruisen.Bot.Tests.TestSupport;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Storage;

/// <summary>
/// Nothing is kept by accident: after the bot has run its flows on Azurite (ask, check, approve, withdraw, reject,
/// a question to the manager, follow-up, digest, history, my data, erasure, retention), every table it has is named
/// in the README's table of every table; every table has a my-data source; and once every retention has passed
/// (and a request nobody decided has expired and then passed its own), no row is left in any table.
/// </summary>
public sealed partial class EveryTableTests
{
    private static readonly Dictionary<string, string?> Directors = new() { ["Digest:Directors:0"] = Director };

    [Fact]
    public async Task Tables_AfterEveryFlow_AreEachNamedInTheReadmesTableOfTables()
    {
        await using var s = await StartAsync(settings: Directors);
        await RunEveryFlowAsync(s);
        await s.SayAsync(Teacher, "mijn gegevens");
        await s.ClickAsync(Teacher, PrivacyVerbs.Erase, []);
        foreach (var purge in s.Bot.Services.GetServices<IRetentionPurge>())
        {
            await purge.PurgeAsync(CancellationToken.None);
        }

        var existing = await StoredRows.TablesAsync(s.Bot.Services.GetRequiredService<TableServiceClient>(), s.Bot.TablePrefix);

        var named = ReadmeTables();
        Assert.NotEmpty(existing);
        Assert.All(existing, table => Assert.True(named.Contains(table), $"Table {table} exists but the README's table of every table does not name it."));
        Assert.All(Tables.All, table => Assert.Contains(table, named));
    }

    [Fact]
    public async Task Tables_Every_HasAMyDataSourceThatListsAndErasesIt()
    {
        await using var bot = await BotFactory.CreateAsync();

        var covered = bot.Services.GetServices<IPersonalDataSource>().SelectMany(source => source.Tables).ToHashSet(StringComparer.Ordinal);

        Assert.All(Tables.All, table => Assert.True(covered.Contains(table), $"Table {table} has no IPersonalDataSource: 'mijn gegevens' would not list it."));
    }

    [Fact]
    public async Task Retention_EveryFlowThenLongerThanEveryRetention_LeavesNoRow()
    {
        await using var s = await StartAsync(settings: Directors);
        await RunEveryFlowAsync(s);
        var services = s.Bot.Services;
        var tables = services.GetRequiredService<Tables>();
        var rowsBefore = await StoredRows.AllAsync(services.GetRequiredService<TableServiceClient>(), s.Bot.TablePrefix);
        Assert.Single(rowsBefore, r => r.Table == Tables.ApprovalRequests && r.Row.GetString("Status") == nameof(ApprovalStatus.Open));

        // 410 days on (the longest retention is 400 days): every purge the bot runs, as it runs them (its options), and
        // the follow-up, which withdraws the request still open as expired; 410 days later the retention takes that too.
        foreach (var days in new[] { 410, 820 })
        {
            var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(days));
            await PurgeEverythingAsync(services, tables, later);
        }

        var rows = await StoredRows.AllAsync(services.GetRequiredService<TableServiceClient>(), s.Bot.TablePrefix);
        Assert.True(rows.Count == 0, "Rows kept past their retention: " + string.Join("; ", rows.Select(r => $"{r.Table} ({r.Row.PartitionKey} / {r.Row.RowKey})")));
    }

    /// <summary>Every purge and the approval follow-up (expiry), each as the bot composes it, at <paramref name="later"/>.</summary>
    private static async Task PurgeEverythingAsync(IServiceProvider services, Tables tables, FakeTimeProvider later)
    {
        var store = new ApprovalStore(tables, later);
        var approvalOptions = services.GetRequiredService<IOptions<ApprovalOptions>>();
        var events = new ApprovalEventLog(tables, later, NullLogger<ApprovalEventLog>.Instance);
        var expiry = ActivatorUtilities.CreateInstance<ApprovalExpiry>(services, store, later, events,
            ActivatorUtilities.CreateInstance<ApprovalDecisions>(services, store, later, events));
        foreach (var open in await store.ListOpenRequestsAsync(CancellationToken.None))
        {
            Assert.True((await expiry.ExpireAsync(open, CancellationToken.None)).Expired, $"Request {open.Id} did not expire.");
        }

        await new QuestionLogStore(tables, later, services.GetRequiredService<IOptions<QuestionLogOptions>>()).PurgeAsync(CancellationToken.None);
        await new DraftCheckStore(tables, later, services.GetRequiredService<IOptions<DraftCheckOptions>>()).PurgeAsync(CancellationToken.None);
        await new DigestClaimStore(tables, later, services.GetRequiredService<IOptions<DigestOptions>>()).PurgeAsync(CancellationToken.None);
        await new SchoolExampleStore(tables, later, services.GetRequiredService<IOptions<SchoolExampleOptions>>()).PurgeAsync(CancellationToken.None);
        await new ConversationReferenceStore(tables, later, services.GetRequiredService<IOptions<TeamsOptions>>(), NullLogger<ConversationReferenceStore>.Instance)
            .PurgeAsync(CancellationToken.None);
        await new ApprovalRetention(store, events, later, approvalOptions, NullLogger<ApprovalRetention>.Instance).PurgeAsync(CancellationToken.None);
    }

    /// <summary>Every flow that writes: questions, a check, requests decided, withdrawn and left open, a question to the manager, follow-up, digest, history.</summary>
    private static async Task RunEveryFlowAsync(ApprovalScenario s)
    {
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Deputy);
        await s.OpenChatAsync(Director);
        await s.SayAsync(Teacher, "Mag ik foto's van mijn klas op Instagram zetten?");
        await s.SayAsync(Teacher, "mag ik dit posten?");
        await s.SayAsync(Teacher, "Wanneer is de kerstmarkt van de bakker?");
        await s.SayAsync(Teacher, "controleer: Emma uit groep 6 heeft dyscalculie.");
        var (_, approved) = await s.RequestAsync();
        await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(approved));
        var (_, withdrawn) = await s.RequestAsync("Nog een foto");
        await s.ClickAsync(Teacher, ApprovalVerbs.Withdraw, Id(withdrawn));
        await s.ClickAsync(Teacher, "guidelines.ask-manager", new JObject { ["question"] = "Mag ik een ouder terugschrijven op Facebook?", ["rules"] = "6" });
        var question = (await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None)).Single(r => r.IsQuestion);
        await s.ClickAsync(Manager, ApprovalVerbs.Reply, Id(question, "Nee, bel de ouder."));
        await s.RequestAsync("Een derde foto");
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        await s.SayAsync(Director, "overzicht");
        await s.SayAsync(Director, "geschiedenis " + approved.Id);
        await LabelUnansweredAsync(s);
    }

    /// <summary>The director says which rule the unanswered question ("mag ik dit posten?") belongs to, as the digest's button does.</summary>
    private static async Task LabelUnansweredAsync(ApprovalScenario s)
    {
        var log = s.Bot.Services.GetRequiredService<Tables>().Get(Tables.QuestionLog);
        await foreach (var row in log.QueryAsync<QuestionLogEntity>())
        {
            if (row.Text is null)
            {
                continue;
            }

            await s.ClickAsync(Director, SchoolExampleVerbs.Assign, new JObject { [SchoolExampleVerbs.QuestionIdKey] = row.QuestionId, [SchoolExampleVerbs.LabelKey] = "8" });
        }

        var rows = await StoredRows.AllAsync(s.Bot.Services.GetRequiredService<TableServiceClient>(), s.Bot.TablePrefix);
        Assert.True(rows.Any(r => r.Table == Tables.SchoolExamples), "No school example; question log: " + string.Join("; ", rows.Where(r => r.Table == Tables.QuestionLog).Select(r => r.Row.GetString("Kind") + "/" + r.Row.GetBoolean("Answered") + "/" + (r.Row.GetString("Text") is null ? "no text" : "text"))));
    }

    /// <summary>The first cell of each row of the README's "Every table the bot keeps" table.</summary>
    private static HashSet<string> ReadmeTables()
    {
        var readme = File.ReadAllText(RepoPaths.InRepo("README.md"));
        var start = readme.IndexOf("Every table the bot keeps", StringComparison.Ordinal);
        var end = readme.IndexOf("Outside Table Storage", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The README has no table of every table.");
        return [.. TableCell().Matches(readme[start..end]).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableCell();
}
