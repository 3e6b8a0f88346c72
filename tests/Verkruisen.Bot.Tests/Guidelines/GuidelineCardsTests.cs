using System.Text.Json.Nodes;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class GuidelineCardsTests
{
    private static readonly QuestionEngine Engine = QuestionEngine.CreateDefault();

    [Fact]
    public void Answer_WithTheQuestion_AskManagerCarriesQuestionAnswerAndRules()
    {
        const string question = "Mag ik foto's van mijn klas op Instagram zetten?";
        var result = Engine.Answer(question);

        var data = Json(GuidelineCards.Answer(result, "id", Language.Nl, question))["actions"]![0]!["data"]!;

        Assert.Equal(question, data["question"]!.GetValue<string>());
        Assert.Contains("toestemming", data["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(string.Join(',', result.RuleIds), data["rules"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Language.Nl, "Toon het hele protocol", "Ik twijfel nog: vraag mijn leidinggevende")]
    [InlineData(Language.En, "Show the whole protocol", "Still in doubt: ask my manager")]
    public void Answer_ConfidentQuestion_QuotesTheRuleWithTheButtons(Language language, string protocolButton, string managerButton)
    {
        var card = Json(GuidelineCards.Answer(Engine.Answer("Mag ik foto's van mijn klas op Instagram zetten?"), "2026-W48_x", language));

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.All(TextBlocks(card), t => Assert.True(t["wrap"]!.GetValue<bool>()));
        Assert.Contains(TextBlocks(card), t => t["text"]!.GetValue<string>().Contains("schriftelijk toestemming gevraagd aan ouders", StringComparison.Ordinal));
        var actions = card["actions"]!.AsArray();
        Assert.Equal(
            [GuidelineCards.AskManagerVerb, GuidelineCards.ShowProtocolVerb, GuidelineCards.FeedbackVerb, GuidelineCards.FeedbackVerb],
            actions.Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Contains(actions, a => a!["title"]!.GetValue<string>() == protocolButton);
        Assert.Contains(actions, a => a!["title"]!.GetValue<string>() == managerButton);
        Assert.Equal("2026-W48_x", actions[2]!["data"]!["questionId"]!.GetValue<string>());
        Assert.True(actions[2]!["data"]!["helpful"]!.GetValue<bool>());
        Assert.False(actions[3]!["data"]!["helpful"]!.GetValue<bool>());
        Assert.Equal("Action.Submit", actions[3]!["fallback"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Answer_RuleTextWithMarkdown_IsQuotedEscaped()
    {
        var section = new ProtocolSection("3", new("Titel", "Title"), new("Geen *geheimen* [link](x)", "No secrets"), new("Nee.", "No."), [], []);
        var result = new QuestionResult(QuestionKind.Answer, [new RankedSection(section, 1)], [new RankedSection(section, 1)], 1, true, Language.Nl);

        var json = CardJson.Serialize(GuidelineCards.Answer(result, "id", Language.Nl));

        Assert.Contains(@"Geen \\*geheimen\\* \\[link\\]\\(x\\)", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Geen *geheimen*", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_NotConfident_SaysSoAndOffersTheManager()
    {
        var card = Json(GuidelineCards.Answer(Engine.Answer("mag ik dit posten?"), "id", Language.Nl));

        Assert.Contains(TextBlocks(card), t => t["text"]!.GetValue<string>() == "Dat weet ik niet zeker");
        Assert.Contains(card["actions"]!.AsArray(), a => a!["verb"]!.GetValue<string>() == GuidelineCards.AskManagerVerb);
    }

    [Fact]
    public void WholeProtocol_EverySection_IsOnTheCard()
    {
        var texts = TextBlocks(Json(GuidelineCards.WholeProtocol(Engine.Protocol, Language.Nl))).Select(t => t["text"]!.GetValue<string>()).ToList();

        Assert.All(Engine.Protocol.Sections, s => Assert.Contains(CardText.Escape(s.Original.Nl), texts));
    }

    [Fact]
    public void OutOfScope_Card_CitesNoRule()
    {
        var card = CardJson.Serialize(GuidelineCards.OutOfScope(Language.Nl));

        Assert.Contains("Ik kan twee dingen", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Regel", card, StringComparison.Ordinal);
    }

    private static JsonNode Json(AdaptiveCard card) => CardJson.ToNode(card);

    private static List<JsonNode> TextBlocks(JsonNode node)
    {
        var found = new List<JsonNode>();
        Walk(node, found);
        return found;
    }

    private static void Walk(JsonNode? node, List<JsonNode> found)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"]?.GetValue<string>() == "TextBlock")
                {
                    found.Add(o);
                }

                foreach (var (_, child) in o)
                {
                    Walk(child, found);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Walk(child, found);
                }

                break;
        }
    }
}
