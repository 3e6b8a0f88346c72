using System.Text.Json.Nodes;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.DraftCheck;

public sealed class DraftCheckCardsTests
{
    private static JsonNode VerdictJson(string draft, DraftContext context, Language language = Language.Nl)
    {
        var result = SharedChecker.Default.Check(draft, context, language);
        return CardJson.ToNode(DraftCheckVerdictCard.Create(result, draft, context, language));
    }

    private static IEnumerable<JsonObject> All(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => p.Value is null ? [] : All(p.Value))),
        JsonArray a => a.SelectMany(n => n is null ? [] : All(n)),
        _ => [],
    };

    private static IEnumerable<JsonObject> OfType(JsonNode node, string type) =>
        All(node).Where(o => (string?)o["type"] == type);

    [Theory]
    [InlineData("Emma uit groep 6 heeft dyscalculie.", "⛔", true)]
    [InlineData("Hier een foto van groep 3.", "⚠️", true)]
    [InlineData("Mooie workshop gegeven over rekendidactiek.", "✅", false)]
    public void VerdictCard_Verdict_ShowsIconWordsAndApprovalOnlyWhenNeeded(string draft, string icon, bool approval)
    {
        var json = VerdictJson(draft, DraftContext.Unknown);

        Assert.Equal("1.5", (string?)json["version"]);
        Assert.StartsWith(icon, (string?)OfType(json, "TextBlock").First()["text"], StringComparison.Ordinal);
        Assert.All(OfType(json, "TextBlock"), b => Assert.True((bool?)b["wrap"]));
        var verbs = OfType(json, "Action.Execute").Select(a => (string?)a["verb"]).ToList();
        Assert.Equal(approval, verbs.Contains(DraftCheckVerbs.RequestApproval));
        Assert.Contains(DraftCheckVerbs.Form, verbs);
    }

    [Fact]
    public void VerdictCard_ApprovalButton_CarriesDraftAndContext()
    {
        var context = new DraftContext("instagram", true, AccountKind.School, AuthorRole.Teacher);
        var json = VerdictJson("Hier een foto van groep 3.", context);

        var button = OfType(json, "Action.Execute").Single(a => (string?)a["verb"] == DraftCheckVerbs.RequestApproval);
        Assert.Equal("Vraag goedkeuring aan mijn leidinggevende", (string?)button["title"]);
        Assert.Equal("Hier een foto van groep 3.", (string?)button["data"]!["draft"]);
        Assert.Equal("instagram", (string?)button["data"]!["platform"]);
        Assert.Equal("true", (string?)button["data"]!["photos"]);
        Assert.Equal("school", (string?)button["data"]!["account"]);
        Assert.Equal(DraftCheckVerbs.RequestApproval, (string?)button["fallback"]!["data"]!["verb"]);
    }

    [Fact]
    public void VerdictCard_DraftWithMarkdown_GoesOnlyIntoTextRuns()
    {
        const string draft = "Noor [klik](https://evil.example) **heeft** ADHD <at>iedereen</at>";
        var json = VerdictJson(draft, DraftContext.Unknown);

        Assert.DoesNotContain(OfType(json, "TextBlock"), b => ((string?)b["text"])!.Contains("[klik](", StringComparison.Ordinal));
        Assert.Contains(OfType(json, "TextRun"), r => ((string?)r["text"])!.Contains(draft, StringComparison.Ordinal));
    }

    [Fact]
    public void VerdictCard_DraftEndingInAListAndEmphasis_EveryQuoteIsABlockOfItsOwnWithNoQuoteMarksGluedOn()
    {
        const string draft = "Neem morgen mee:\n- de foto van Emma uit groep 6, ze heeft *dyslexie*\n- laarzen\nTot **morgen**";
        var json = VerdictJson(draft, DraftContext.Unknown);

        var quotes = OfType(json, "Container").Where(c => (string?)c["style"] == "emphasis").ToList();
        Assert.True(quotes.Count >= 2, "the draft and at least one excerpt are quoted");
        Assert.All(quotes, q =>
        {
            var run = Assert.Single(OfType(Assert.Single(q["items"]!.AsArray())!, "TextRun"));
            var text = (string)run["text"]!;
            Assert.All(text.Split([' ', '\n', '…'], StringSplitOptions.RemoveEmptyEntries), w => Assert.Contains(w, draft, StringComparison.Ordinal)); // the draft's own words
            Assert.DoesNotContain('“', text);
            Assert.DoesNotContain('”', text);
        });
        Assert.Contains(quotes, q => (string?)OfType(q, "TextRun").Single()["text"] == draft);
        Assert.DoesNotContain(OfType(json, "TextRun"), r => ((string?)r["text"])!.Contains('“', StringComparison.Ordinal));
    }

    [Fact]
    public void VerdictCard_English_IsInEnglish()
    {
        var json = VerdictJson("Mooie workshop gegeven.", DraftContext.Unknown, Language.En);

        Assert.StartsWith("✅ Allowed", (string?)OfType(json, "TextBlock").First()["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Nl, "Controleer")]
    [InlineData(Language.En, "Check")]
    public void FormCard_Inputs_HaveLabelsLimitAndCheckVerb(Language language, string button)
    {
        var json = CardJson.ToNode(DraftCheckFormCard.Create(language, 5000));

        var inputs = All(json).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["draft", "platform", "photos", "account", "role"], inputs.Select(i => (string?)i["id"]));
        Assert.All(inputs, i => Assert.False(string.IsNullOrWhiteSpace((string?)i["label"])));
        var draft = inputs[0];
        Assert.True((bool?)draft["isMultiline"]);
        Assert.Equal(5000, (int?)draft["maxLength"]);
        Assert.Equal("Input.Toggle", (string?)inputs[2]["type"]);
        var check = Assert.Single(OfType(json, "Action.Execute"));
        Assert.Equal(DraftCheckVerbs.Check, (string?)check["verb"]);
        Assert.Equal(button, (string?)check["title"]);
    }

    [Theory]
    [InlineData(Language.Nl, "Onderwijsassistent, IB'er, conciërge of administratie", "Stagiair")]
    [InlineData(Language.En, "Teaching assistant, IB'er (pupil care), caretaker or administration", "Intern (student teacher)")]
    public void FormCard_Role_OffersEveryRoleAndEachParses(Language language, string support, string intern)
    {
        var json = CardJson.ToNode(DraftCheckFormCard.Create(language, 5000));

        var role = All(json).Single(o => (string?)o["id"] == "role");
        var choices = role["choices"]!.AsArray().Select(c => ((string?)c!["title"], (string?)c["value"])).ToList();
        Assert.Equal(AuthorRoles.Names, choices.Select(c => c.Item2));
        Assert.Contains((support, "support"), choices);
        Assert.Contains((intern, "intern"), choices);
        Assert.All(choices, c => Assert.NotEqual(AuthorRole.Unknown, AuthorRoles.Parse(c.Item2)));
    }
}
