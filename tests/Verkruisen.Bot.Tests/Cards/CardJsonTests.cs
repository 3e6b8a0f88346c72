using System.Text.Json.Nodes;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Tests.Cards;

public sealed class CardJsonTests
{
    private static AdaptiveCard Card(Language language) => new()
    {
        Language = language,
        Body = [new ActionSet([ExecuteAction.Create("Kies", "x.choose", new JsonObject { ["id"] = "7" })])],
        Actions =
        [
            ExecuteAction.Create("Meer", "x.more"),
            new ShowCardAction
            {
                Title = "Other",
                Card = new AdaptiveCard { Language = Language.En, Actions = [ExecuteAction.Create("Save", "x.save")] },
            },
        ],
        Refresh = new CardRefresh(ExecuteAction.Create("refresh", "x.refresh"), ["29:a"]),
    };

    [Theory]
    [InlineData(Language.Nl, "nl")]
    [InlineData(Language.En, "en")]
    public void ToNode_EveryButton_CarriesItsCardsLanguage(Language language, string lang)
    {
        var json = CardJson.ToNode(Card(language));

        Assert.Equal(lang, (string?)json["lang"]);
        var buttons = All(json).Where(o => (string?)o["type"] is "Action.Execute" or "Action.Submit").ToList();
        Assert.Equal(8, buttons.Count); // choose, more, save and refresh, each with its Action.Submit fallback
        Assert.All(buttons.Where(b => (string?)b["verb"] != "x.save" && (string?)b["data"]!["verb"] != "x.save"), b => Assert.Equal(lang, (string?)b["data"]!["lang"]));
        Assert.All(buttons.Where(b => (string?)b["verb"] == "x.save" || (string?)b["data"]!["verb"] == "x.save"), b => Assert.Equal("en", (string?)b["data"]!["lang"])); // the shown card's own
        Assert.Equal("7", (string?)buttons.First(b => (string?)b["verb"] == "x.choose")["data"]!["id"]); // the button's own data stays
        Assert.Equal("Action.Execute", (string?)json["refresh"]!["action"]!["type"]);
    }

    [Fact]
    public void ToNode_ShownCardInTheSameLanguage_InheritsItsParentsLang()
    {
        var card = new AdaptiveCard
        {
            Language = Language.Nl,
            Actions = [new ShowCardAction { Title = "Meer", Card = new AdaptiveCard { Language = Language.Nl, Actions = [ExecuteAction.Create("Bewaar", "x.save")] } }],
        };

        var json = CardJson.ToNode(card);

        Assert.Equal("nl", (string?)json["lang"]);
        Assert.Null(json["actions"]![0]!["card"]!["lang"]);
        Assert.Equal("nl", (string?)json["actions"]![0]!["card"]!["actions"]![0]!["data"]!["lang"]);
    }

    [Fact]
    public void Serialize_IsTheNodeAsText() =>
        Assert.Equal(CardJson.ToNode(Card(Language.Nl)).ToJsonString(), CardJson.Serialize(Card(Language.Nl)));

    [Theory]
    [InlineData("nl", Language.Nl)]
    [InlineData("en", Language.En)]
    [InlineData("EN", null)]
    [InlineData("de", null)]
    [InlineData(null, null)]
    public void LanguageOf_ClickData_OnlyNlOrEn(string? lang, Language? expected)
    {
        var data = new JsonObject { ["verb"] = "x" };
        if (lang is not null)
        {
            data["lang"] = lang;
        }

        Assert.Equal(expected, CardJson.LanguageOf(data));
        Assert.Null(CardJson.LanguageOf(new JsonObject { ["lang"] = new JsonObject() }));
    }

    private static IEnumerable<JsonObject> All(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => All(p.Value))),
        JsonArray a => a.SelectMany(All),
        _ => [],
    };
}
