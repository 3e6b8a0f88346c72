using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Tests.TestSupport;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>
/// Messages that reach their reader: a manager with no chat gets the card the moment her chat appears, in her own
/// language; the teacher's outcome says which post it was about.
/// </summary>
public sealed class ApprovalReachTests
{
    [Fact]
    public async Task ManagerWritesFirstTime_RequestWaiting_CardArrivesAtOnceInHerLanguage()
    {
        // No app catalog id: the bot cannot install itself for the manager, so the card waits for her chat.
        await using var s = await StartAsync(settings: new Dictionary<string, string?> { ["Directory:TeamsAppCatalogId"] = "" });
        await s.OpenChatAsync(Teacher);
        var (response, request) = await s.RequestAsync();
        Assert.Empty(s.DeliveredTo(Manager));
        Assert.Contains("Ik kon Meester Bram nog niet bereiken", response.ToString(), StringComparison.Ordinal);

        using var first = await s.Bot.PostActivityAsync(Activities.Message(s.Connector.ServiceUrl, "hello", locale: "en-GB", userAadId: Manager));
        first.EnsureSuccessStatusCode();

        var card = Assert.Single(s.DeliveredTo(Manager), r => r.Card?.ToString().Contains(ApprovalVerbs.Approve, StringComparison.Ordinal) == true).Card!;
        Assert.Contains("Approval request", card.ToString(), StringComparison.Ordinal);
        Assert.Contains(s.DeliveredTo(Teacher), r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + request.RequesterActivityId, StringComparison.Ordinal)
            && r.AllText.Contains("Verstuurd naar Meester Bram", StringComparison.Ordinal));
        Assert.NotEmpty((await s.Store.GetAsync(request.Id, CancellationToken.None))!.ApproverActivityId);
    }

    [Fact]
    public async Task Approve_TeacherIsTold_OutcomeNamesDatePlatformAndFirstWords()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        var (_, request) = await s.RequestAsync("Morgen gaan we met groep 6 naar het Dolfinarium en ik deel dan wat sfeerbeelden zonder gezichten.");
        var before = s.Connector.Delivered.Count;

        await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request));

        var told = Assert.Single(s.Connector.Delivered.Skip(before), r => r.Method == "POST" && r.Path.Contains("personal-" + Teacher, StringComparison.Ordinal));
        var text = (string?)told.Body!["text"];
        Assert.Contains("Meester Bram heeft je bericht goedgekeurd", text, StringComparison.Ordinal);
        Assert.Contains("Het gaat om je verzoek van " + request.CreatedAt.ToOffset(TimeSpan.FromHours(1)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), text, StringComparison.Ordinal);
        Assert.Contains("(instagram): “Morgen gaan we met groep 6 naar het Dolfinarium", text, StringComparison.Ordinal);
    }
}
