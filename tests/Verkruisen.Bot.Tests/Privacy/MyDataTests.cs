using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.Tests.Approvals;
using Verkruisen.Bot.Tests.TestSupport;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Privacy;

/// <summary>
/// "mijn gegevens" and "verwijder mijn gegevens" through the real pipeline on Azurite: the card names every kind of
/// row held about the user, and after the erasure no row in any table holds their id, name, chat id or text, except
/// the decided request the card says is kept (decision, dates, approver; requester replaced).
/// </summary>
public sealed class MyDataTests
{
    private const string Draft = "Schoolreis groep 5: de foto met Noor en haar moeder.";

    [Fact]
    public async Task MyData_TeacherWithRequests_ListsEveryKindOfRowWithDates()
    {
        await using var s = await StartAsync();
        await TeacherHistoryAsync(s);

        var reply = await s.SayAsync(Teacher, "mijn gegevens");

        var card = reply.Card!.ToString();
        Assert.Contains("Wat de bot over jou bewaart", card, StringComparison.Ordinal);
        Assert.Contains("Je gesprek met de bot", card, StringComparison.Ordinal);
        Assert.Contains("Verzoeken aan je leidinggevende die je stuurde (3)", card, StringComparison.Ordinal);
        Assert.Contains("Je vragen aan de bot (1)", card, StringComparison.Ordinal);
        Assert.Contains("Je gecontroleerde concepten (1)", card, StringComparison.Ordinal);
        Assert.Contains("nooit de tekst van het concept", card, StringComparison.Ordinal);
        Assert.Contains("goedgekeurd op", card, StringComparison.Ordinal);
        Assert.Contains("open, met je tekst", card, StringComparison.Ordinal);
        Assert.Contains("ingetrokken", card, StringComparison.Ordinal);
        Assert.Contains("schuilnaam", card, StringComparison.Ordinal);
        Assert.Contains(PrivacyVerbs.AskErase, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_UnansweredQuestion_ShowsTheTextTheBotKeptOfIt()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.SayAsync(Teacher, "mag ik dit posten?");

        var reply = await s.SayAsync(Teacher, "mijn gegevens");

        var card = reply.Card!.ToString();
        Assert.Contains("Je vragen aan de bot (1)", card, StringComparison.Ordinal);
        Assert.Contains("Bewaarde tekst", card, StringComparison.Ordinal);
        Assert.Contains("“mag ik dit posten?”", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_InEnglish_AnswersInEnglish()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);

        var reply = await s.SayAsync(Teacher, "my data", "en-US");

        Assert.Contains("What the bot keeps about you", reply.Card!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EraseMyData_Confirmed_LeavesNothingAboutTheTeacherButTheDecisionTheCardNames()
    {
        await using var s = await StartAsync();
        var approved = await TeacherHistoryAsync(s);
        await s.SayAsync(Manager, "Mag ik foto's van mijn klas op Instagram zetten?");

        var confirm = await s.SayAsync(Teacher, "verwijder mijn gegevens");
        Assert.Contains("Weet je het zeker?", confirm.Card!.ToString(), StringComparison.Ordinal);
        Assert.Contains(PrivacyVerbs.Erase, confirm.Card!.ToString(), StringComparison.Ordinal);
        var erased = await s.ClickAsync(Teacher, PrivacyVerbs.Erase, []);

        Assert.Contains("Je gegevens zijn verwijderd", erased.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 besliste goedkeuringsverzoeken", erased.ToString(), StringComparison.Ordinal);
        var rows = await RowsAsync(s);
        foreach (var trace in new[] { Teacher, UserKey.Of(Activities.Tenant, Teacher), "Juf Anna", "29:1AbCdEf-" + Teacher, "personal-" + Teacher, "Noor", "Prima zo" })
        {
            Assert.Empty(StoredRows.Mentioning(rows, trace));
        }

        var kept = (await s.Store.GetAsync(approved, CancellationToken.None))!;
        Assert.Equal((ApprovalStatus.Approved, Manager, ApprovalPersonalData.ErasedRequester), (kept.Status, kept.DecidedByAadId, kept.RequesterAadId));
        Assert.NotNull(kept.DecidedAt);
        Assert.Contains(rows, r => r.Table == "ConversationReferences" && r.Row.RowKey == Manager);
        Assert.Contains(rows, r => r.Table == "QuestionLog" && (string?)r.Row["UserKey"] == UserKey.Of(Activities.Tenant, Manager)); // only the teacher's went
    }

    [Fact]
    public async Task EraseMyData_Manager_KeepsTheRequestsTheyDecidedAndSaysSo()
    {
        await using var s = await StartAsync();
        var approved = await TeacherHistoryAsync(s);

        await s.SayAsync(Manager, "verwijder mijn gegevens");
        var erased = await s.ClickAsync(Manager, PrivacyVerbs.Erase, []);

        Assert.Contains("verzoeken die jij moest beoordelen", erased.ToString(), StringComparison.Ordinal);
        Assert.Equal(Manager, (await s.Store.GetAsync(approved, CancellationToken.None))!.DecidedByAadId);
        Assert.DoesNotContain(await RowsAsync(s), r => r.Table == "ConversationReferences" && r.Row.RowKey == Manager);
    }

    [Fact]
    public async Task MyData_InAChannel_IsNeverShownThere()
    {
        await using var s = await StartAsync();
        var activity = Activities.Message(s.Connector.ServiceUrl, "mijn gegevens", userAadId: Teacher);
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["id"] = "19:general@thread.tacv2;messageid=1";

        using var response = await s.Bot.PostActivityAsync(activity);

        var reply = Assert.Single(await s.Connector.WaitForDeliveredAsync(1));
        Assert.Null(reply.Card);
        Assert.Contains("persoonlijke chat", (string?)reply.Body!["text"], StringComparison.Ordinal);
    }

    /// <summary>The teacher asks, checks, and sends three requests: one approved (with a comment), one withdrawn, one open.</summary>
    private static async Task<string> TeacherHistoryAsync(ApprovalScenario s)
    {
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.SayAsync(Teacher, "Mag ik foto's van mijn klas op Instagram zetten?");
        await s.SayAsync(Teacher, "controleer: " + Draft);
        var (_, approved) = await s.RequestAsync(Draft);
        await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(approved, "Prima zo"));
        var (_, withdrawn) = await s.RequestAsync(Draft + " (2)");
        await s.ClickAsync(Teacher, ApprovalVerbs.Withdraw, Id(withdrawn));
        await s.RequestAsync(Draft + " (3)");
        return approved.Id;
    }

    private static Task<IReadOnlyList<(string Table, TableEntity Row)>> RowsAsync(ApprovalScenario s) =>
        StoredRows.AllAsync(s.Bot.Services.GetRequiredService<TableServiceClient>(), s.Bot.TablePrefix);
}
