using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Cards;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Privacy;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>The audit trail through the real pipeline on Azurite: every event is a row, and the director reads them in chat.</summary>
public sealed class ApprovalHistoryTests
{
    private static readonly Dictionary<string, string?> DirectorSettings = new() { ["Digest:Directors:0"] = Director };

    [Fact]
    public async Task Geschiedenis_DirectorAfterADecision_ListsRequestedDeliveredApprovedWithWhoAndWhen()
    {
        await using var s = await StartAsync(settings: DirectorSettings);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Director);
        var (_, request) = await s.RequestAsync();
        await s.FollowUp.RunOnceAsync(CancellationToken.None); // delivers (and records) what the click's 3 s budget left, on a loaded machine
        await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request));

        var reply = await s.SayAsync(Director, "geschiedenis " + ApprovalHistoryCard.ShortId(request.Id));

        var facts = reply.Card!.SelectTokens("$..facts[*].value").Select(v => (string?)v).ToList();
        Assert.Equal(["aangevraagd door Juf Anna", "kaart bezorgd bij Meester Bram", "kaart bezorgd bij een plaatsvervanger", "goedgekeurd door Meester Bram"], facts);
        Assert.Contains("Geschiedenis van verzoek " + request.Id[..8], reply.Card.ToString(), StringComparison.Ordinal);
        Assert.Contains("vastgelegd door " + Environment.MachineName, reply.Card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_WithdrawnInEnglish_EndsWithWithdrawnByTheRequester()
    {
        await using var s = await StartAsync(settings: DirectorSettings);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Director);
        var (_, request) = await s.RequestAsync();
        await s.ClickAsync(Teacher, ApprovalVerbs.Withdraw, Id(request));

        var reply = await s.SayAsync(Director, "history " + request.Id, "en-US");

        Assert.Equal("withdrawn by Juf Anna", (string?)reply.Card!.SelectTokens("$..facts[*].value").Last());
    }

    [Fact]
    public async Task History_QuestionToTheManagerAnswered_EndsWithAnsweredByTheManager()
    {
        await using var s = await StartAsync(settings: DirectorSettings);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Director);
        await s.ClickAsync(Teacher, "guidelines.ask-manager", new JObject { ["question"] = "Mag ik een ouder terugschrijven op Facebook?", ["rules"] = "6" });
        var request = Assert.Single(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None));
        await s.ClickAsync(Manager, ApprovalVerbs.Reply, Id(request, "Nee, bel de ouder."));

        var reply = await s.SayAsync(Director, "geschiedenis " + ApprovalHistoryCard.ShortId(request.Id));

        var facts = reply.Card!.SelectTokens("$..facts[*].value").Select(v => (string?)v).ToList();
        Assert.Equal("aangevraagd door Juf Anna", facts[0]);
        Assert.Equal("beantwoord door Meester Bram", facts[^1]);
    }

    [Fact]
    public async Task Geschiedenis_Colleague_IsToldNothingAboutTheRequest()
    {
        await using var s = await StartAsync(settings: DirectorSettings);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Colleague);
        var (_, request) = await s.RequestAsync();

        var reply = await s.SayAsync(Colleague, "geschiedenis " + request.Id[..8]);

        Assert.Null(reply.Card);
        Assert.Contains("Ik vind geen verzoek", (string?)reply.Body!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_EveryStep_IsAnAppendOnlyRowWithInstance()
    {
        await using var s = await StartAsync(settings: DirectorSettings);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        var (_, request) = await s.RequestAsync();
        await s.FollowUp.RunOnceAsync(CancellationToken.None); // delivers (and records) what the click's 3 s budget left, on a loaded machine
        await s.ClickAsync(Manager, ApprovalVerbs.Reject, Id(request, "Liever niet"));

        var events = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ApprovalEventLog>(s.Bot.Services).ReadAsync(request.Id, CancellationToken.None);

        Assert.Equal(ApprovalEvent.Requested, events[0].Event);
        Assert.Equal(Teacher, events[0].ActorAadId);
        Assert.Equal((ApprovalEvent.Rejected, Manager), (events[^1].Event, events[^1].ActorAadId));
        Assert.Contains(events, e => e.Event == ApprovalEvent.Delivered && e.SubjectAadId == Manager);
        Assert.All(events, e => Assert.Equal(ApprovalEventLog.Instance, e.Instance));
        Assert.Equal(events.OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => e.Event), events.Select(e => e.Event));
    }

    [Fact]
    public async Task Events_RemindEscalateDecidePurgeErase_EachStepIsARowInOrderAndTheCardTellsIt()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero)); // Friday 09:00 in Amsterdam
        await using var s = await StartAsync(time, DirectorSettings);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Director);
        var (_, request) = await s.RequestAsync();
        time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)); // Monday 09:00: reminded
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero)); // Wednesday 09:00: escalated to the director
        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        await s.ClickAsync(Director, ApprovalVerbs.Approve, Id(request));
        time.Advance(TimeSpan.FromDays(31)); // past the text's retention
        await s.Bot.Services.GetRequiredService<ApprovalRetention>().PurgeAsync(CancellationToken.None);
        await s.ClickAsync(Teacher, PrivacyVerbs.Erase, []);

        var events = await s.Bot.Services.GetRequiredService<ApprovalEventLog>().ReadAsync(request.Id, CancellationToken.None);

        var steps = events.Select(e => (e.Event, e.ActorAadId, e.SubjectAadId)).ToList();
        Assert.Equal(
            [
                (ApprovalEvent.Requested, ApprovalPersonalData.ErasedRequester, ""),
                (ApprovalEvent.Delivered, "", Manager),
                (ApprovalEvent.Reminded, "", Manager),
                (ApprovalEvent.Delivered, "", Director),
                (ApprovalEvent.Escalated, "", Director),
                (ApprovalEvent.Approved, Director, ""),
                (ApprovalEvent.TextPurged, "", ""),
                (ApprovalEvent.Erased, ApprovalPersonalData.ErasedRequester, ""),
            ],
            steps.Where(e => e.SubjectAadId != Deputy));
        var card = (await s.SayAsync(Director, "geschiedenis " + ApprovalHistoryCard.ShortId(request.Id))).Card!;
        var facts = card.SelectTokens("$..facts[*].value").Select(v => (string?)v).ToList();
        Assert.Equal("aangevraagd door (verwijderd op verzoek)", facts[0]);
        Assert.Contains("herinnering gestuurd aan Meester Bram", facts);
        Assert.Contains("doorgezet naar Dirk Directeur", facts);
        Assert.Contains("goedgekeurd door Dirk Directeur", facts);
        Assert.Equal(["tekst verwijderd (bewaartermijn)", "gegevens van de aanvrager verwijderd op diens verzoek"], facts[^2..]);
        Assert.DoesNotContain(Teacher, card.ToString(), StringComparison.Ordinal);
    }
}
