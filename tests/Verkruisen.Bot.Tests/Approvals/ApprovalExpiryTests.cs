using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Storage;
using Verkruisen.Bot.Tests.TestSupport;
using Xunit.Abstractions;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>
/// An open request nobody decides expires after Approvals:OpenRequestMaxDays: the teacher is told, the manager's card
/// can no longer be decided, the history says so, and the retention then deletes it like any decided request.
/// </summary>
public sealed class ApprovalExpiryTests(ITestOutputHelper output)
{
    // Tuesday 1 December 2026, 10:00 in Amsterdam.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunOnce_OpenForMaxDays_ExpiresIt_NotAMinuteBefore_AndLeavesDecidedRequestsAlone()
    {
        var time = new FakeTimeProvider(Start);
        await using var s = await ReadyAsync(time);
        var (_, decided) = await s.RequestAsync("Een foto van het schoolplein");
        await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(decided, "Prima"));
        var (_, open) = await s.RequestAsync();
        var approvedBefore = (await s.Store.GetAsync(decided.Id, CancellationToken.None))!;

        time.SetUtcNow(Start.AddDays(30).AddMinutes(-1));
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        Assert.Equal(ApprovalStatus.Open, (await s.Store.GetAsync(open.Id, CancellationToken.None))!.Status);

        time.SetUtcNow(Start.AddDays(30));
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        await s.FollowUp.RunOnceAsync(CancellationToken.None);

        var expired = (await s.Store.GetAsync(open.Id, CancellationToken.None))!;
        Assert.Equal(ApprovalStatus.Expired, expired.Status);
        Assert.Equal(Start.AddDays(30), expired.DecidedAt);
        Assert.Equal("", expired.DecidedByAadId);
        Assert.Empty(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None));
        Assert.Empty(await s.Store.ListApproverOpenAsync(Manager, CancellationToken.None));
        var after = (await s.Store.GetAsync(decided.Id, CancellationToken.None))!;
        Assert.Equal((ApprovalStatus.Approved, approvedBefore.DecidedAt, Manager, "Prima"), (after.Status, after.DecidedAt, after.DecidedByAadId, after.Comment));
        var events = s.Bot.Services.GetRequiredService<ApprovalEventLog>();
        Assert.DoesNotContain(await events.ReadAsync(decided.Id, CancellationToken.None), e => e.Event == ApprovalEvent.Expired);
        var history = await events.ReadAsync(open.Id, CancellationToken.None);
        Assert.Equal((ApprovalEvent.Expired, ""), (history[^1].Event, history[^1].ActorAadId));
        Assert.Single(history, e => e.Event == ApprovalEvent.Expired);

        // The manager's card (and the deputy's copy) lost its buttons and says the request expired.
        var updates = s.DeliveredTo(Manager).Where(r => r.Method == "PUT" && r.AllText.Contains("Verlopen op 31 december 2026", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.Empty(u.Card!["actions"] ?? new JArray()));
        var card = (await s.SayAsync(Director, "geschiedenis " + open.Id[..8])).Card!;
        Assert.Contains("verlopen: geen besluit op tijd, ingetrokken door de bot", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_Expired_TeacherIsToldInDutchOnceWithTheRequestAndToAskAgain()
    {
        var time = new FakeTimeProvider(Start);
        await using var s = await ReadyAsync(time);
        await s.RequestAsync("Kijk eens naar onze mooie kerstmarkt");
        var told = s.DeliveredTo(Teacher).Count(r => r.Method == "POST");

        time.SetUtcNow(Start.AddDays(30));
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        await s.FollowUp.RunOnceAsync(CancellationToken.None);

        var messages = s.DeliveredTo(Teacher).Where(r => r.Method == "POST").Skip(told).ToList();
        var message = Assert.Single(messages);
        var text = (string?)message.Body!["text"] ?? "";
        Assert.Contains("Je verzoek om goedkeuring aan Meester Bram is verlopen: in 30 dagen kwam er geen besluit", text, StringComparison.Ordinal);
        Assert.Contains("Speelt het nog? Vraag dan opnieuw goedkeuring", text, StringComparison.Ordinal);
        Assert.Contains("Het gaat om je verzoek van 1 december 2026 10:00 (instagram): “Kijk eens naar onze mooie kerstmarkt”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("goedgekeurd. Je mag", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_AfterExpiry_GetsTheExpiredCardAndDecidesNothing()
    {
        var time = new FakeTimeProvider(Start);
        await using var s = await ReadyAsync(time);
        var (_, request) = await s.RequestAsync();
        await s.ClickAsync(Teacher, "guidelines.ask-manager", new JObject { ["question"] = "Mag ik een ouder terugschrijven op Facebook?", ["rules"] = "6" });
        var question = (await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None)).Single(r => r.IsQuestion);
        time.SetUtcNow(Start.AddDays(31));
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        var told = s.DeliveredTo(Teacher).Count(r => r.Method == "POST");

        var approve = await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request, "Toch goed"));
        var reply = await s.ClickAsync(Deputy, ApprovalVerbs.Reply, Id(question, "Nee, bel de ouder."));
        var withdraw = await s.ClickAsync(Teacher, ApprovalVerbs.Withdraw, Id(request));

        Assert.Equal(200, (int?)approve["statusCode"]);
        Assert.Contains("Verlopen op", approve.ToString(), StringComparison.Ordinal);
        Assert.Contains("Beslissen kan niet meer", approve.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ApprovalVerbs.Approve, approve["value"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Antwoorden kan niet meer", reply.ToString(), StringComparison.Ordinal);
        Assert.Contains("Verlopen op", withdraw.ToString(), StringComparison.Ordinal);
        foreach (var id in new[] { request.Id, question.Id })
        {
            var stored = (await s.Store.GetAsync(id, CancellationToken.None))!;
            Assert.Equal((ApprovalStatus.Expired, "", ""), (stored.Status, stored.DecidedByAadId, stored.Comment));
        }

        Assert.Equal(told, s.DeliveredTo(Teacher).Count(r => r.Method == "POST"));
        var message = s.DeliveredTo(Teacher).Single(r => r.Method == "POST" && r.AllText.Contains("Je vraag aan Meester Bram is verlopen", StringComparison.Ordinal));
        Assert.Contains("Stel je vraag dan opnieuw", message.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expire_DecisionStoredAfterTheRequestWasRead_KeepsTheDecision()
    {
        var time = new FakeTimeProvider(Start);
        await using var s = await ReadyAsync(time);
        var (_, request) = await s.RequestAsync();
        time.SetUtcNow(Start.AddDays(30));
        var stale = (await s.Store.GetAsync(request.Id, CancellationToken.None))!; // read by the expiry, still open

        await s.ClickAsync(Manager, ApprovalVerbs.Reject, Id(request, "Nee"));
        var (expired, current) = await s.Bot.Services.GetRequiredService<ApprovalExpiry>().ExpireAsync(stale, CancellationToken.None);

        Assert.False(expired);
        Assert.Equal(ApprovalStatus.Rejected, current.Status);
        var stored = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
        Assert.Equal((ApprovalStatus.Rejected, Manager, "Nee"), (stored.Status, stored.DecidedByAadId, stored.Comment));
        var history = await s.Bot.Services.GetRequiredService<ApprovalEventLog>().ReadAsync(request.Id, CancellationToken.None);
        Assert.DoesNotContain(history, e => e.Event == ApprovalEvent.Expired);
        Assert.DoesNotContain(s.DeliveredTo(Teacher), r => r.AllText.Contains("verlopen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnceAndClick_AtTheSameMoment_ExactlyOneOutcomeThatBothSidesShow()
    {
        const int rounds = 8;
        var time = new FakeTimeProvider(Start);
        await using var s = await ReadyAsync(time, new Dictionary<string, string?> { ["Approvals:OpenRequestMaxDays"] = "7" });
        var events = s.Bot.Services.GetRequiredService<ApprovalEventLog>();
        var decisionWins = 0;
        for (var i = 0; i < rounds; i++)
        {
            var (_, request) = await s.RequestAsync("Foto van de klas, ronde " + i);
            time.Advance(TimeSpan.FromDays(7));
            var told = s.DeliveredTo(Teacher).Count(r => r.Method == "POST");

            var click = s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request, "ja " + i));
            var pass = s.FollowUp.RunOnceAsync(CancellationToken.None);
            await Task.WhenAll(click, pass);
            await s.FollowUp.RunOnceAsync(CancellationToken.None); // finishes notifications a busy machine left over

            var stored = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
            var closing = (await events.ReadAsync(request.Id, CancellationToken.None)).Where(e => e.Event is ApprovalEvent.Approved or ApprovalEvent.Expired).ToList();
            var clicked = (await click).ToString();
            var toldNow = s.DeliveredTo(Teacher).Where(r => r.Method == "POST").Skip(told).ToList();
            Assert.True(toldNow.Count == 1, $"Round {i}: the teacher got {toldNow.Count} messages:\n" + string.Join("\n", toldNow.Select(r => r.Summary)));
            if (stored.Status == ApprovalStatus.Approved)
            {
                decisionWins++;
                Assert.Equal(("ja " + i, Manager), (stored.Comment, stored.DecidedByAadId));
                Assert.Contains("Goedgekeurd door Meester Bram", clicked, StringComparison.Ordinal);
                Assert.Equal(ApprovalEvent.Approved, Assert.Single(closing).Event);
                Assert.Contains("heeft je bericht goedgekeurd", Assert.Single(toldNow).AllText, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(ApprovalStatus.Expired, stored.Status);
                Assert.Contains("Verlopen op", clicked, StringComparison.Ordinal);
                Assert.Equal(ApprovalEvent.Expired, Assert.Single(closing).Event);
                Assert.Contains("is verlopen", Assert.Single(toldNow).AllText, StringComparison.Ordinal);
            }
        }

        output.WriteLine($"{rounds} races: the decision won {decisionWins}, the expiry {rounds - decisionWins}");
    }

    [Fact]
    public async Task Retention_AfterExpiryAndRequestRetention_LeavesNoRowOfTheRequest()
    {
        var time = new FakeTimeProvider(Start);
        await using var s = await ReadyAsync(time);
        var (_, request) = await s.RequestAsync();
        time.SetUtcNow(Start.AddDays(30));
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        var retention = s.Bot.Services.GetRequiredService<ApprovalRetention>();

        time.SetUtcNow(Start.AddDays(30 + 399));
        await retention.PurgeAsync(CancellationToken.None);
        var kept = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
        Assert.Equal((ApprovalStatus.Expired, ""), (kept.Status, kept.Draft)); // text erased after 30 days, the record kept

        time.SetUtcNow(Start.AddDays(30 + 401));
        await retention.PurgeAsync(CancellationToken.None);

        var rows = await StoredRows.AllAsync(s.Bot.Services.GetRequiredService<TableServiceClient>(), s.Bot.TablePrefix);
        var left = rows.Where(r => r.Table is Tables.ApprovalRequests or Tables.ApprovalIndex or Tables.ApprovalEvents
            && (r.Row.PartitionKey == request.Id || r.Row.GetString("RequestId") == request.Id)).ToList();
        Assert.True(left.Count == 0, "Rows left: " + string.Join("; ", left.Select(r => r.Table + " " + r.Row.PartitionKey + "/" + r.Row.RowKey)));
        Assert.Null(await s.Store.GetAsync(request.Id, CancellationToken.None));
    }

    [Theory]
    [InlineData("30", true)]
    [InlineData("7", true)]
    [InlineData("6", false)]
    [InlineData("366", false)]
    [InlineData("x", false)]
    public void Options_OpenRequestMaxDays_ValidatedAgainstItsRangeAndTheEscalation(string days, bool valid)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Approvals:OpenRequestMaxDays"] = days,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions<ApprovalOptions>();
        ApprovalsServiceCollectionExtensions.AddApprovals(services, configuration);
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<IOptions<ApprovalOptions>>().Value.OpenRequestMaxDays;

        if (valid)
        {
            Assert.Equal(int.Parse(days, System.Globalization.CultureInfo.InvariantCulture), resolve());
        }
        else
        {
            Assert.ThrowsAny<Exception>(() => resolve());
        }
    }

    private static async Task<ApprovalScenario> ReadyAsync(TimeProvider time, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Digest:Directors:0"] = Director };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var s = await StartAsync(time, all);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Deputy);
        await s.OpenChatAsync(Director);
        return s;
    }
}
