using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Approvals.Cards;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.Approvals;

/// <summary>The approval cards as JSON, as a renderer sees them.</summary>
public sealed class ApprovalCardsTests
{
    private static ApprovalRequest Request(Language language = Language.Nl) => new()
    {
        Id = "req-1",
        TenantId = "tenant",
        RequesterAadId = "teacher",
        RequesterName = "Anna_*de* [Vries](https://x.example)",
        ApproverAadId = "manager",
        ApproverName = "Meester Bram",
        Language = language,
        Draft = "Kijk **hier** [link](https://evil.example) <at>Bram</at>",
        Platform = "instagram",
        Photos = true,
        Verdict = Verdict.AskManager,
        Findings = [new Finding("10", "pupil-photo", "Foto's van leerlingen.", "Kijk", FindingSeverity.AskManager)],
        CreatedAt = new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero),
        RefreshUserIds = ["29:teacher", "29:manager"],
        ApproverActivityId = "activity-1",
    };

    private static JObject Json(AdaptiveCard card) => JObject.Parse(CardJson.Serialize(card));

    [Fact]
    public void Approver_Open_HasLabelledCommentApproveRejectAndRefresh()
    {
        var card = Json(ApprovalCards.Approver(Request(), canDecide: true, Language.Nl));

        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Opmerking voor de aanvrager (optioneel)", (string?)card.SelectToken("$.body[?(@.id == 'comment')].label"));
        Assert.Equal(["approvals.approve", "approvals.reject"], card["actions"]!.Select(a => (string?)a["verb"]));
        Assert.All(card["actions"]!, a => Assert.Equal(("Action.Execute", "Action.Submit", "req-1"), ((string?)a["type"], (string?)a["fallback"]!["type"], (string?)a["data"]!["requestId"])));
        Assert.Equal("approvals.refresh", (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Equal(["29:teacher", "29:manager"], card["refresh"]!["userIds"]!.Select(u => (string?)u));
    }

    [Fact]
    public void Approver_PersonsWords_NeverMarkdown()
    {
        var card = Json(ApprovalCards.Approver(Request(), canDecide: true, Language.Nl));
        var blocks = card.SelectTokens("$..[?(@.type == 'TextBlock')].text").Select(t => (string)t!).ToList();

        Assert.Contains(card.SelectTokens("$..inlines[*].text"), t => (string?)t == "Kijk **hier** [link](https://evil.example) <at>Bram</at>");
        Assert.Contains(blocks, b => b.StartsWith("Anna\\_\\*de\\* \\[Vries\\]\\(https://x.example\\) vraagt", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Contains("evil.example", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ApprovalStatus.Approved, "✅ Goedgekeurd door Carla Adjunct op 24 november 2026 15:05.")]
    [InlineData(ApprovalStatus.Rejected, "⛔ Afgekeurd door Carla Adjunct op 24 november 2026 15:05.")]
    [InlineData(ApprovalStatus.Withdrawn, "↩️ Ingetrokken door Carla Adjunct op 24 november 2026 15:05.")]
    public void Approver_Decided_ShowsWhoWhenAndCommentWithoutButtons(ApprovalStatus status, string line)
    {
        var request = Request() with
        {
            Status = status,
            DecidedAt = new DateTimeOffset(2026, 11, 24, 14, 5, 0, TimeSpan.Zero),
            DecidedByName = "Carla Adjunct",
            Comment = "Zonder *namen*",
        };

        var card = Json(ApprovalCards.Approver(request, canDecide: true, Language.Nl));

        Assert.Null(card["actions"]);
        Assert.Null(card.SelectToken("$.body[?(@.id == 'comment')]"));
        Assert.Contains(card.SelectTokens("$..text"), t => (string?)t == line);
        Assert.Contains(card.SelectTokens("$..inlines[*].text"), t => (string?)t == "Zonder *namen*");
    }

    [Fact]
    public void Approver_DraftWithAListEmphasisAndLineBreaks_QuotedAsBlocksWithNoQuoteMarksGluedOn()
    {
        var request = Request() with
        {
            Draft = "Neem mee:\n- jas\n- laarzen\nTot *morgen*",
            Findings = [new Finding("3", "pupil-health", "Gezondheid is vertrouwelijk.", "- Emma heeft *dyslexie*", FindingSeverity.NotAllowed)],
        };

        var card = Json(ApprovalCards.Approver(request, canDecide: true, Language.Nl));

        var quotes = card.SelectTokens("$..[?(@.type == 'Container' && @.style == 'emphasis')]").ToList();
        Assert.Equal(
            ["Neem mee:\n- jas\n- laarzen\nTot *morgen*", "- Emma heeft *dyslexie*"],
            quotes.Select(q => (string?)Assert.Single(q.SelectTokens("$..inlines[*].text"))));
        Assert.DoesNotContain(card.SelectTokens("$..text"), t => ((string?)t)!.Contains('“', StringComparison.Ordinal));
        Assert.Contains(card.SelectTokens("$..inlines[*].text"), t => (string?)t == "Gezondheid is vertrouwelijk.");
    }

    [Fact]
    public void Outcome_DraftWithAListEmphasisAndLineBreaks_QuotesItsFirstWordsOnOneClosedLine()
    {
        var request = Request() with
        {
            Status = ApprovalStatus.Approved,
            DecidedByName = "Meester Bram",
            Draft = "Neem mee:\n- jas\n\n1. laarzen\nTot *morgen*",
        };

        var outcome = ApprovalDecisions.Outcome(request);

        var quote = Assert.Single(outcome.Split('\n'), l => l.Contains('“', StringComparison.Ordinal));
        Assert.EndsWith("“Neem mee: - jas 1. laarzen Tot \\*morgen\\*”", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Approver_DraftPurged_SaysSoInsteadOfTheText()
    {
        var request = Request() with { Status = ApprovalStatus.Approved, Draft = "", DraftPurgedAt = DateTimeOffset.UnixEpoch };

        var json = Json(ApprovalCards.Approver(request, canDecide: false, Language.Nl)).ToString();

        Assert.Contains("volgens de bewaartermijn verwijderd", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("activity-1", "Verstuurd naar Meester Bram.")]
    [InlineData("", "Ik kon Meester Bram nog niet bereiken.")]
    public void Requester_Open_SaysWhereItWentAndOffersWithdraw(string approverActivityId, string expected)
    {
        var request = Request() with { ApproverActivityId = approverActivityId };

        var card = Json(ApprovalCards.Requester(request));

        Assert.Contains(card.SelectTokens("$..text"), t => ((string?)t)!.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal("approvals.withdraw", (string?)Assert.Single(card["actions"]!)["verb"]);
    }

    [Theory]
    [InlineData(Language.Nl, "⏳ Wacht op een antwoord van Meester Bram.", "besluit")]
    [InlineData(Language.En, "⏳ Waiting for an answer from Meester Bram.", "decision")]
    public void Cards_OpenQuestion_WaitForAnAnswerNotADecision(Language language, string expected, string notExpected)
    {
        var request = Request(language) with
        {
            Kind = ApprovalKind.Question,
            Question = "Mag ik reageren op een negatief bericht van een ouder?",
            Draft = "",
        };

        foreach (var card in new[] { ApprovalCards.Approver(request, canDecide: true, language), ApprovalCards.Requester(request) })
        {
            var texts = Json(card).SelectTokens("$..text").Select(t => (string)t!).ToList();
            Assert.Contains(expected, texts);
            Assert.DoesNotContain(texts, t => t.Contains(notExpected, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Cards_OpenDraft_WaitForADecision() =>
        Assert.Contains(Json(ApprovalCards.Approver(Request(), canDecide: true, Language.Nl)).SelectTokens("$..text"), t => (string?)t == "⏳ Wacht op een besluit van Meester Bram.");

    [Fact]
    public void Cards_English_AreInEnglish()
    {
        Assert.Contains("Approval request", Json(ApprovalCards.Approver(Request(Language.En), canDecide: true, Language.En)).ToString(), StringComparison.Ordinal);
        Assert.Contains("Sent to Meester Bram.", Json(ApprovalCards.Requester(Request(Language.En))).ToString(), StringComparison.Ordinal);
        Assert.Contains("Send for approval", Json(ApprovalCards.Form(Language.En, 5000)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Approver_EnglishRequestReadByADutchManager_IsInDutch()
    {
        var json = Json(ApprovalCards.Approver(Request(Language.En), canDecide: true, Language.Nl)).ToString();

        Assert.Contains("Verzoek om goedkeuring", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Approval request", json, StringComparison.Ordinal);
    }
}
