using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Tests.TestSupport;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>Rule 8 end to end through the real pipeline: Azurite, the fake Connector and the fake Graph.</summary>
public sealed class ApprovalFlowTests
{
    [Fact]
    public async Task Request_ThenManagerApproves_CardsUpdatedAndTeacherTold()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);

        var (response, request) = await s.RequestAsync();

        // The teacher's card: sent to the manager, withdraw button.
        Assert.Contains("Verstuurd naar Meester Bram", response.ToString(), StringComparison.Ordinal);
        // The verdict card stays (a notice under it); the status card, with its withdraw button, is a new message.
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.Contains(s.DeliveredTo(Teacher), r => r.Method == "POST" && r.AllText.Contains(ApprovalVerbs.Withdraw, StringComparison.Ordinal));
        // Stored before sending, with the checker's verdict and findings.
        Assert.Equal(Manager, request.ApproverAadId);
        Assert.Equal(Verdict.AskManager, request.Verdict);
        Assert.Contains(request.Findings, f => f.Rule == "10");
        // The manager's card: who asks, the draft as a TextRun (never markdown), Approve/Reject with a comment field.
        var managerCard = Assert.Single(s.DeliveredTo(Manager)).Card!;
        Assert.Equal("1.5", (string?)managerCard["version"]);
        Assert.Contains("Juf Anna", managerCard.ToString(), StringComparison.Ordinal);
        Assert.Contains(managerCard.SelectTokens("$..inlines[*].text"), t => ((string?)t)!.Contains("[klik](https://evil.example) <at>Bram</at>", StringComparison.Ordinal));
        Assert.DoesNotContain(managerCard.SelectTokens("$..[?(@.type == 'TextBlock')].text"), t => ((string?)t)!.Contains("[klik]", StringComparison.Ordinal));
        Assert.Equal([ApprovalVerbs.Approve, ApprovalVerbs.Reject], managerCard["actions"]!.Select(a => (string?)a["verb"]));
        Assert.Contains(managerCard.SelectTokens("$.body[?(@.type == 'Input.Text')].label"), l => ((string?)l)!.Length > 0);
        Assert.Equal(["29:1AbCdEf-" + Teacher, "29:1AbCdEf-" + Manager], managerCard["refresh"]!["userIds"]!.Select(u => (string?)u));
        var deliveredBefore = s.Connector.Delivered.Count;

        var decided = await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request, "Prima, *zonder* namen."));

        Assert.Contains("Goedgekeurd door Meester Bram", decided.ToString(), StringComparison.Ordinal);
        Assert.Null(decided["value"]!["actions"]);
        var after = s.Connector.Delivered.Skip(deliveredBefore).ToList();
        // The teacher is told, with the comment (escaped); the teacher's status card and the manager's card are PUT.
        var told = Assert.Single(after, r => r.Method == "POST" && r.Path.Contains("personal-" + Teacher, StringComparison.Ordinal));
        Assert.Contains("Meester Bram heeft je bericht goedgekeurd", (string?)told.Body!["text"], StringComparison.Ordinal);
        Assert.Contains("Prima, \\*zonder\\* namen.", (string?)told.Body!["text"], StringComparison.Ordinal);
        Assert.Contains(after, r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + request.RequesterActivityId, StringComparison.Ordinal)
            && r.AllText.Contains("Goedgekeurd door Meester Bram", StringComparison.Ordinal));
        Assert.Contains(after, r => r.Method == "PUT" && r.Path.Contains("personal-" + Manager, StringComparison.Ordinal)
            && r.AllText.Contains("Prima, *zonder* namen.", StringComparison.Ordinal));
        var stored = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(ApprovalStatus.Approved, stored.Status);
        Assert.Equal(Manager, stored.DecidedByAadId);
        Assert.False(stored.NotifyPending);
        Assert.Empty(await s.Store.ListOpenRequestsAsync(CancellationToken.None));
        var digest = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IApprovalDigestSource>(s.Bot.Services);
        Assert.Single(await digest.ListDecidedAsync(stored.DecidedAt!.Value.AddMinutes(-1), stored.DecidedAt.Value.AddMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task Approve_ByColleagueOrRequester_IsRefusedAndChangesNothing()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        var (_, request) = await s.RequestAsync();
        var deliveredBefore = s.Connector.Delivered.Count;

        var colleague = await s.ClickAsync(Colleague, ApprovalVerbs.Approve, Id(request));
        var self = await s.ClickAsync(Teacher, ApprovalVerbs.Approve, Id(request));

        Assert.Equal(403, (int?)colleague["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)colleague["type"]);
        Assert.Equal("OwnRequest", (string?)self["value"]!["code"]);
        Assert.Equal(ApprovalStatus.Open, (await s.Store.GetAsync(request.Id, CancellationToken.None))!.Status);
        Assert.Equal(deliveredBefore, s.Connector.Delivered.Count);
    }

    [Fact]
    public async Task Approve_Replayed_ChangesNothingAndTellsTheTeacherOnce()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        var (_, request) = await s.RequestAsync();
        await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request, "ok"));
        var decidedAt = (await s.Store.GetAsync(request.Id, CancellationToken.None))!.DecidedAt;
        var deliveredBefore = s.Connector.Delivered.Count;

        var replay = await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request, "ok"));
        var stale = await s.ClickAsync(Deputy, ApprovalVerbs.Reject, Id(request, "nee"));

        Assert.Contains("Goedgekeurd door Meester Bram", replay.ToString(), StringComparison.Ordinal);
        Assert.Contains("Goedgekeurd door Meester Bram", stale.ToString(), StringComparison.Ordinal);
        var stored = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
        Assert.Equal((ApprovalStatus.Approved, "ok", decidedAt), (stored.Status, stored.Comment, stored.DecidedAt));
        Assert.Equal(deliveredBefore, s.Connector.Delivered.Count);
        Assert.Single(s.DeliveredTo(Teacher), r => r.Method == "POST" && r.AllText.Contains("heeft je bericht goedgekeurd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Withdraw_WhileOpen_ClosesItAndTheManagerCanNoLongerDecide()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        var (_, request) = await s.RequestAsync();

        var byManager = await s.ClickAsync(Manager, ApprovalVerbs.Withdraw, Id(request));
        var withdrawn = await s.ClickAsync(Teacher, ApprovalVerbs.Withdraw, Id(request));
        var late = await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request));

        Assert.Equal(403, (int?)byManager["statusCode"]);
        Assert.Contains("Ingetrokken door Juf Anna", withdrawn.ToString(), StringComparison.Ordinal);
        Assert.Contains("Ingetrokken door Juf Anna", late.ToString(), StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Withdrawn, (await s.Store.GetAsync(request.Id, CancellationToken.None))!.Status);
        Assert.Contains(s.DeliveredTo(Manager), r => r.Method == "PUT" && r.AllText.Contains("Ingetrokken", StringComparison.Ordinal));
        Assert.Empty(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None));
    }

    [Fact]
    public async Task Request_NoManagerInGraph_GoesToTheFallbackApprover()
    {
        await using var s = await StartAsync();
        s.Graph.Managers.TryRemove(Teacher, out _);
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Director);

        var (response, request) = await s.RequestAsync();

        Assert.Contains(s.Graph.Requests, r => r.Path == $"/v1.0/users/{Teacher}/manager");
        Assert.Equal(Director, request.ApproverAadId);
        Assert.Contains("Verstuurd naar Dirk Directeur", response.ToString(), StringComparison.Ordinal);
        Assert.Single(s.DeliveredTo(Director));
        Assert.Contains("Goedgekeurd", (await s.ClickAsync(Director, ApprovalVerbs.Approve, Id(request))).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_ByTheDirectorWithoutManager_IsRefusedAndNotStored()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Director);

        var response = await s.ClickAsync(Director, "draftcheck.request-approval", new JObject { ["draft"] = "Een foto van de klas." });

        Assert.Contains("Ik weet niet wie over je verzoek kan beslissen", response.ToString(), StringComparison.Ordinal);
        Assert.Empty(await s.Store.ListUserOpenAsync(Director, CancellationToken.None));
    }

    [Fact]
    public async Task Request_ManagerWithoutTheApp_InstallsItOpensTheChatAndCanBeDecidedThere()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);

        var (response, request) = await s.RequestAsync();

        Assert.Contains(s.Graph.Requests, r => r == ("POST", $"/v1.0/users/{Manager}/teamwork/installedApps"));
        var created = Assert.Single(s.Connector.Requests, r => r.Path == "/v3/conversations" && (string?)r.Body!["members"]![0]!["id"] == Manager);
        Assert.Equal(Activities.Tenant, (string?)created.Body!["tenantId"]);
        Assert.Single(s.Connector.Delivered, r => r.Path.StartsWith("/v3/conversations/a:created-1/activities", StringComparison.Ordinal));
        Assert.Contains("Verstuurd naar Meester Bram", response.ToString(), StringComparison.Ordinal);

        // The manager clicks in the chat the bot opened.
        await s.ClickAsync(Manager, ApprovalVerbs.Reject, Id(request, "Liever niet."), conversationId: "a:created-1");

        Assert.Contains(s.Connector.Delivered, r => r.Method == "PUT" && r.Path.StartsWith("/v3/conversations/a:created-1/activities/", StringComparison.Ordinal));
        Assert.Equal(ApprovalStatus.Rejected, (await s.Store.GetAsync(request.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Request_ConnectorDownThenBack_NothingLost()
    {
        // The Connector answers 503 to everything while it is down, so the click's send budget always runs out; a
        // short budget changes no outcome here, only how long the test waits for it.
        await using var s = await StartAsync(settings: new Dictionary<string, string?> { ["Approvals:NotifyBudget"] = "00:00:00.500" });
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        s.Connector.Script([.. Enumerable.Repeat((System.Net.HttpStatusCode.ServiceUnavailable, (string?)null), 1000)]);

        var (response, request) = await s.RequestAsync();

        Assert.Contains("Ik kon Meester Bram nog niet bereiken", response.ToString(), StringComparison.Ordinal);
        Assert.Equal("", request.ApproverActivityId);
        s.Connector.ClearScript();

        await s.FollowUp.RunOnceAsync(CancellationToken.None);

        var delivered = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
        Assert.NotEqual("", delivered.ApproverActivityId);
        Assert.Single(s.DeliveredTo(Manager), r => r.Method == "POST");
        Assert.Contains(s.DeliveredTo(Teacher), r => r.Method is "PUT" or "POST" && r.AllText.Contains("Verstuurd naar Meester Bram", StringComparison.Ordinal));

        // The decision is stored even when nobody can be told; the follow-up tells the teacher, once.
        s.Connector.Script([.. Enumerable.Repeat((System.Net.HttpStatusCode.ServiceUnavailable, (string?)null), 1000)]);
        var decided = await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request));
        Assert.Contains("Goedgekeurd", decided.ToString(), StringComparison.Ordinal);
        Assert.True((await s.Store.GetAsync(request.Id, CancellationToken.None))!.NotifyPending);
        Assert.Single(await s.Store.ListPendingAsync(CancellationToken.None));
        s.Connector.ClearScript();

        await s.FollowUp.RunOnceAsync(CancellationToken.None);
        await s.FollowUp.RunOnceAsync(CancellationToken.None);

        var finished = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
        Assert.False(finished.NotifyPending);
        Assert.True(finished.RequesterTold);
        Assert.Single(s.DeliveredTo(Teacher), r => r.Method == "POST" && r.AllText.Contains("goedgekeurd", StringComparison.Ordinal));
        Assert.Contains(s.DeliveredTo(Manager), r => r.Method == "PUT" && r.AllText.Contains("Goedgekeurd", StringComparison.Ordinal));
        Assert.Empty(await s.Store.ListPendingAsync(CancellationToken.None));
    }
}
