using System.Text.Json.Nodes;
using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.Digest;

public sealed class DigestCardTests
{
    private static readonly WeeklyDigest Seeded = new DigestBuilder(Protocol.Load(), SeededWeek.Names).Build(SeededWeek.Input());

    [Fact]
    public void Create_SeededWeek_ShowsTheWeekAndItsDates()
    {
        var card = Json(DigestCard.Create(Seeded, Language.Nl));

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.All(TextBlocks(card), t => Assert.True(t["wrap"]!.GetValue<bool>()));
        Assert.Equal("Weekoverzicht week 47 (2026)", Texts(card)[0]);
        Assert.Equal("maandag 16 november – zondag 22 november 2026", Texts(card)[1]);
        Assert.Equal("Weekoverzicht week 47 (2026): 10 vragen, 6 gecontroleerde concepten, 4 goedkeuringsverzoeken.", card["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public void Create_SeededWeek_QuestionNumbersWithChangeAndTopics()
    {
        var card = Json(DigestCard.Create(Seeded, Language.Nl));

        var facts = Facts(card);
        Assert.Equal("10 (+3 t.o.v. vorige week)", facts["Gesteld"]);
        Assert.Equal("2 (gelijk aan vorige week)", facts["Niet beantwoord"]);
        Assert.Equal("1", facts["Buiten het protocol"]);
        Assert.Equal("1", facts["Antwoord niet behulpzaam"]);
        Assert.Equal("4", facts["Regel 3 · Geen vertrouwelijke informatie"]);
        Assert.Equal("2", facts["Regel 10 · Foto's: schriftelijke toestemming van ouders"]);
        Assert.Contains("Meest gevraagd: Regel 3 · Geen vertrouwelijke informatie (4), Regel 10", string.Join("\n", Texts(card)), StringComparison.Ordinal);
        Assert.Contains("Niet behulpzaam gevonden bij: Regel 3 · Geen vertrouwelijke informatie (1).", Texts(card));
    }

    [Fact]
    public void Create_SeededWeek_QuotesUnansweredQuestionsEscaped()
    {
        var texts = Texts(Json(DigestCard.Create(Seeded, Language.Nl)));

        Assert.Contains("• " + SeededWeek.Unanswered1, texts);
        Assert.Contains(@"• Wat als \*ouders\* \[klagen\] \<at\>x\</at\>?", texts);
    }

    [Fact]
    public void Create_UnansweredQuestion_HasAButtonPerLikelyRuleOutOfScopeAndAnotherRule()
    {
        var row = SeededWeek.Question(SeededWeek.AsOf.AddHours(-1), "answer", false, "3", text: "Mag ik de teamfoto van de voetbalclub posten?");
        row.Likely = "3,10,purpose";
        var week = new DigestBuilder(Protocol.Load(), SeededWeek.Names).Build(new DigestInput(SeededWeek.Week, SeededWeek.AsOf, [row], [], [], [], [], WeekCounts.None));

        var card = Json(DigestCard.Create(week, Language.Nl));

        var actions = Descendants(card).OfType<JsonObject>().Where(a => a["type"]?.GetValue<string>() == "Action.Execute" && a["verb"]?.GetValue<string>() == "examples.assign").ToList();
        Assert.Equal(
            ["Hoort bij regel 3", "Hoort bij regel 10", "Hoort bij: Doel en uitgangspunt", "Buiten het protocol", "Vastleggen"],
            actions.Select(a => a["title"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal(row.QuestionId, a["data"]!["questionId"]!.GetValue<string>()));
        Assert.Equal(["3", "10", "purpose", "out-of-scope"], actions.Take(4).Select(a => a["data"]!["label"]!.GetValue<string>()));
        var other = Descendants(card).OfType<JsonObject>().Single(a => a["type"]?.GetValue<string>() == "Input.ChoiceSet");
        Assert.Equal("label:" + row.QuestionId, other["id"]!.GetValue<string>());
        Assert.Equal(15, other["choices"]!.AsArray().Count);
    }

    [Fact]
    public void Create_SeededWeek_DraftsByVerdictAndApprovals()
    {
        var facts = Facts(Json(DigestCard.Create(Seeded, Language.Nl)));

        Assert.Equal("6 (−2 t.o.v. vorige week)", facts["Gecontroleerd"]);
        Assert.Equal(("3", "2"), (facts["Mag"], facts["Twijfel: vraag leidinggevende"]));
        Assert.Equal("1 (gelijk aan vorige week)", facts["Niet plaatsen"]);
        Assert.Equal("4 (+2 t.o.v. vorige week)", facts["Aangevraagd"]);
        Assert.Equal(("2", "1", "3"), (facts["Goedgekeurd"], facts["Afgewezen"], facts["Nu open"]));
        Assert.Equal("1 dag", facts["Mediane tijd tot besluit"]);
        Assert.False(facts.ContainsKey("Ingetrokken"));
    }

    [Fact]
    public void Create_SeededWeek_ListsRequestsOpenLongerThanTwoDays()
    {
        var card = Json(DigestCard.Create(Seeded, Language.Nl));

        var facts = Facts(card);
        Assert.Equal("12 dagen 22 uur · F", facts["Leraar F → Leidinggevende F"]); // how long, and the number for "geschiedenis"
        Assert.Equal("4 dagen 21 uur · D", facts["Leraar D → Leidinggevende D"]);
        Assert.False(facts.ContainsKey("Leraar E → Leidinggevende E"));
        Assert.Contains("Langer dan 2 dagen open:", Texts(card));
        var history = Descendants(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == ApprovalHistoryChat.HistoryVerb);
        Assert.Equal(["F", "D"], history.Select(a => a["data"]![ApprovalVerbs.RequestIdKey]!.GetValue<string>()).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Create_English_UsesEnglishWords()
    {
        var card = Json(DigestCard.Create(Seeded, Language.En));

        Assert.Equal("Weekly digest, week 47 (2026)", Texts(card)[0]);
        Assert.Equal("Monday 16 November – Sunday 22 November 2026", Texts(card)[1]);
        Assert.Equal("10 (+3 vs last week)", Facts(card)["Asked"]);
        Assert.Equal("4", Facts(card)["Rule 3 · No confidential information"]);
    }

    [Fact]
    public void Create_EmptyWeek_ShowsZerosAndNoLists()
    {
        var empty = new DigestBuilder(Protocol.Load(), SeededWeek.Names).Build(new DigestInput(SeededWeek.Week, SeededWeek.AsOf, [], [], [], [], [], WeekCounts.None));

        var card = Json(DigestCard.Create(empty, Language.Nl));

        var facts = Facts(card);
        Assert.Equal("0 (gelijk aan vorige week)", facts["Gesteld"]);
        Assert.Equal("geen", facts["Mediane tijd tot besluit"]);
        Assert.DoesNotContain(Texts(card), t => t.StartsWith("Meest gevraagd", StringComparison.Ordinal) || t.StartsWith("Langer dan", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_SeededWeek_QuestionsPerRuleAsBarsWithTheSameRowsAsFallback()
    {
        var chart = Single(Json(DigestCard.Create(Seeded, Language.Nl)), "Chart.HorizontalBar");

        string[] labels = ["Regel 3 · Geen vertrouwelijke informatie", "Regel 10 · Foto's: schriftelijke toestemming van ouders", "Regel 8 · Bij twijfel: vraag je leidinggevende"];
        Assert.Equal(labels, chart["data"]!.AsArray().Select(d => d!["x"]!.GetValue<string>()).Take(3));
        Assert.Equal([4, 2, 1], chart["data"]!.AsArray().Select(d => d!["y"]!.GetValue<int>()).Take(3));
        Assert.Equal("AbsoluteNoAxis", chart["displayMode"]!.GetValue<string>()); // each bar shows its figure
        var fallback = chart["fallback"]!.AsObject();
        Assert.Equal("FactSet", fallback["type"]!.GetValue<string>());
        Assert.Equal(
            chart["data"]!.AsArray().Select(d => (d!["x"]!.GetValue<string>(), d["y"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture))),
            fallback["facts"]!.AsArray().Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>())));
    }

    [Fact]
    public void Create_SeededWeek_VerdictsAsDonutInVerdictColoursWithFactsAsFallback()
    {
        var card = Json(DigestCard.Create(Seeded, Language.Nl));
        var chart = Single(card, "Chart.Donut");

        Assert.Equal("Oordelen", chart["title"]!.GetValue<string>());
        Assert.Equal(
            [("Mag (3)", 3, "good"), ("Twijfel (2)", 2, "warning"), ("Niet plaatsen (1)", 1, "attention")],
            chart["data"]!.AsArray().Select(d => (d!["legend"]!.GetValue<string>(), d["value"]!.GetValue<int>(), d["color"]!.GetValue<string>())));
        var fallback = chart["fallback"]!.AsObject();
        Assert.Equal("FactSet", fallback["type"]!.GetValue<string>());
        Assert.Equal(
            [("Mag", "3"), ("Twijfel: vraag leidinggevende", "2"), ("Niet plaatsen", "1 (gelijk aan vorige week)")],
            fallback["facts"]!.AsArray().Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>())));
        Assert.Equal("6 (−2 t.o.v. vorige week)", Facts(card)["Gecontroleerd"]); // the total stays outside the chart
    }

    [Fact]
    public void Create_English_ChartsInEnglish()
    {
        var card = Json(DigestCard.Create(Seeded, Language.En));

        Assert.Equal("Rule 3 · No confidential information", Single(card, "Chart.HorizontalBar")["data"]![0]!["x"]!.GetValue<string>());
        var donut = Single(card, "Chart.Donut");
        Assert.Equal("Verdicts", donut["title"]!.GetValue<string>());
        Assert.Equal(["Allowed (3)", "In doubt (2)", "Do not post (1)"], donut["data"]!.AsArray().Select(d => d!["legend"]!.GetValue<string>()));
        Assert.Equal("Allowed", donut["fallback"]!["facts"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void Create_SeededWeek_ChartsHoldNoNamesOrQuestionTexts()
    {
        var card = Json(DigestCard.Create(Seeded, Language.Nl));

        var charts = string.Join("\n", Descendants(card).OfType<JsonObject>()
            .Where(o => o["type"]?.GetValue<string>()?.StartsWith("Chart.", StringComparison.Ordinal) == true)
            .Select(o => o.ToJsonString()));
        Assert.Equal(2, Descendants(card).OfType<JsonObject>().Count(o => o["type"]?.GetValue<string>()?.StartsWith("Chart.", StringComparison.Ordinal) == true));
        foreach (var personal in new[] { "Leraar D", "Leraar F", "Leidinggevende D", "Leidinggevende F", "req-", "mgr-", SeededWeek.Unanswered1, "klagen" })
        {
            Assert.DoesNotContain(personal, charts, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_EmptyWeek_NoChartsButTheRows()
    {
        var empty = new DigestBuilder(Protocol.Load(), SeededWeek.Names).Build(new DigestInput(SeededWeek.Week, SeededWeek.AsOf, [], [], [], [], [], WeekCounts.None));

        var card = Json(DigestCard.Create(empty, Language.Nl));

        Assert.DoesNotContain(Descendants(card).OfType<JsonObject>(), o => o["type"]?.GetValue<string>()?.StartsWith("Chart.", StringComparison.Ordinal) == true);
        Assert.Equal(("0", "0", "0 (gelijk aan vorige week)"), (Facts(card)["Mag"], Facts(card)["Twijfel: vraag leidinggevende"], Facts(card)["Niet plaatsen"]));
    }

    [Fact]
    public void Create_SeededWeek_StaysFarBelowTeamsCardLimit()
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(CardJson.Serialize(DigestCard.Create(Seeded, Language.Nl)));

        Assert.InRange(bytes, 1, 28_000 / 2);
    }

    [Theory]
    [InlineData(0.25, "15 min")]
    [InlineData(1, "1 uur")]
    [InlineData(5.5, "5 uur")]
    [InlineData(24, "1 dag")]
    [InlineData(49, "2 dagen 1 uur")]
    public void Duration_Hours_ReadsAsADirectorWould(double hours, string expected) =>
        Assert.Equal(expected, DigestCard.Duration(TimeSpan.FromHours(hours), DigestTexts.Nl));

    internal static JsonObject Json(AdaptiveCard card) => CardJson.ToNode(card).AsObject();

    internal static List<JsonNode> TextBlocks(JsonNode node) =>
        [.. Descendants(node).Where(n => n is JsonObject o && o["type"]?.GetValue<string>() == "TextBlock")];

    internal static List<string> Texts(JsonNode node) => [.. TextBlocks(node).Select(t => t["text"]!.GetValue<string>())];

    internal static Dictionary<string, string> Facts(JsonNode node) =>
        Descendants(node).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(o => o["facts"]!.AsArray()).ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());

    private static JsonObject Single(JsonNode card, string type) =>
        Descendants(card).OfType<JsonObject>().Single(o => o["type"]?.GetValue<string>() == type);

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(kv => kv.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
