using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using static Verkruisen.Bot.Tests.Approvals.ApprovalScenario;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>
/// Rule 8 without a draft: "Ik twijfel nog" on an answer sends the question, the bot's answer and its rules to the
/// manager, who replies in a text field; the teacher gets the reply in chat. Same request, approver, deputies,
/// first-reply-wins and storage as an approval.
/// </summary>
public sealed class QuestionToManagerTests
{
    private const string Question = "Een ouder plaatste een negatief bericht over een collega op Facebook. Moet ik reageren?";

    private static JObject FromAnswerCard() => new()
    {
        ["question"] = Question,
        ["answer"] = "Reageer niet zelf online; meld het bij de directie.",
        ["rules"] = "6,8",
    };

    [Fact]
    public async Task AskManagerOnAnswer_ManagerReplies_TeacherGetsTheReplyInChat()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);

        var clicked = await s.ClickAsync(Teacher, "guidelines.ask-manager", FromAnswerCard());

        // The answer card stays (a notice, not a card); the status card is a new message in the teacher's chat.
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)clicked["type"]);
        Assert.Equal("Verstuurd naar Meester Bram. Je krijgt het antwoord hier.", (string?)clicked["value"]); // an answer, not a decision
        var request = Assert.Single(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None));
        Assert.True(request.IsQuestion);
        Assert.Equal("", request.Draft);
        Assert.Contains(s.DeliveredTo(Teacher), r => r.Method == "POST" && r.AllText.Contains("Je vraag aan je leidinggevende", StringComparison.Ordinal));
        Assert.NotEmpty(request.RequesterActivityId);
        var card = Assert.Single(s.DeliveredTo(Manager)).Card!;
        var text = card.ToString();
        Assert.Contains("Een ouder plaatste een negatief bericht", text, StringComparison.Ordinal);
        Assert.Contains("Reageer niet zelf online", text, StringComparison.Ordinal);
        Assert.Contains("6, 8", text, StringComparison.Ordinal);
        Assert.Equal([ApprovalVerbs.Reply], card["actions"]!.Select(a => (string?)a["verb"]));
        var reply = card.SelectToken("$.body[?(@.type == 'Input.Text')]")!;
        Assert.Equal(ApprovalVerbs.CommentKey, (string?)reply["id"]);
        Assert.True((bool?)reply["isRequired"]);
        var before = s.Connector.Delivered.Count;

        var answered = await s.ClickAsync(Manager, ApprovalVerbs.Reply, Id(request, "Niet reageren, ik bel de ouder morgen."));

        Assert.Contains("Beantwoord door Meester Bram", answered.ToString(), StringComparison.Ordinal);
        var after = s.Connector.Delivered.Skip(before).ToList();
        var told = Assert.Single(after, r => r.Method == "POST" && r.Path.Contains("personal-" + Teacher, StringComparison.Ordinal));
        var message = (string?)told.Body!["text"];
        Assert.Contains("Meester Bram heeft je vraag beantwoord", message, StringComparison.Ordinal);
        Assert.Contains("Niet reageren, ik bel de ouder morgen.", message, StringComparison.Ordinal);
        Assert.Contains("“Een ouder plaatste een negatief bericht", message, StringComparison.Ordinal);
        Assert.Contains(after, r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + request.RequesterActivityId, StringComparison.Ordinal)
            && r.AllText.Contains("Beantwoord door Meester Bram", StringComparison.Ordinal));
        Assert.Equal(ApprovalStatus.Answered, (await s.Store.GetAsync(request.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Reply_DeputyFirst_FirstReplyWinsAndApproveIsRefused()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);
        await s.OpenChatAsync(Deputy);
        await s.ClickAsync(Teacher, "guidelines.ask-manager", FromAnswerCard());
        var request = Assert.Single(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None));
        Assert.Single(s.DeliveredTo(Deputy));

        var approve = await s.ClickAsync(Manager, ApprovalVerbs.Approve, Id(request));
        var empty = await s.ClickAsync(Manager, ApprovalVerbs.Reply, Id(request, "  "));
        await s.ClickAsync(Deputy, ApprovalVerbs.Reply, Id(request, "Eerst even met mij overleggen."));
        var late = await s.ClickAsync(Manager, ApprovalVerbs.Reply, Id(request, "Te laat."));

        Assert.Equal(400, (int?)approve["statusCode"]);
        Assert.Equal(400, (int?)empty["statusCode"]);
        Assert.Contains("Beantwoord door Carla Adjunct", late.ToString(), StringComparison.Ordinal);
        var stored = (await s.Store.GetAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(("Eerst even met mij overleggen.", Deputy), (stored.Comment, stored.DecidedByAadId));
    }

    [Fact]
    public async Task QuestionForm_Submitted_BecomesTheStatusCard()
    {
        await using var s = await StartAsync();
        await s.OpenChatAsync(Teacher);
        await s.OpenChatAsync(Manager);

        var response = await s.ClickAsync(Teacher, ApprovalVerbs.AskQuestion, new JObject { ["question"] = "Mag ik de nieuwsbrief delen in de groepsapp?" }, replyToId: "form-1");

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        Assert.Contains("Je vraag aan je leidinggevende", response.ToString(), StringComparison.Ordinal);
        Assert.Equal("form-1", Assert.Single(await s.Store.ListUserOpenAsync(Teacher, CancellationToken.None)).RequesterActivityId);
        Assert.Contains("Mag ik de nieuwsbrief delen", Assert.Single(s.DeliveredTo(Manager)).Card!.ToString(), StringComparison.Ordinal);
    }
}
