using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Cards;

/// <summary>The JSON of our card model, source-generated.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class CardJsonContext : JsonSerializerContext;

/// <summary>
/// A card as it goes on the wire. Every button (Action.Execute, its Action.Submit fallback, the refresh action) carries
/// the language of its card in its data under <see cref="LanguageKey"/>: a click is answered in the card's language.
/// </summary>
public static class CardJson
{
    /// <summary>The key of the card's language ("nl" or "en") in a button's data.</summary>
    public const string LanguageKey = "lang";

    public static string Serialize(AdaptiveCard card) => ToNode(card).ToJsonString();

    public static JsonNode ToNode(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var node = JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard)!;
        StampLanguage(node, card.Language.ToWire());
        return node;
    }

    /// <summary>The language a click's data says its card was in; null when it says none (or something else).</summary>
    public static Language? LanguageOf(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.TryGetPropertyValue(LanguageKey, out var node) && node is JsonValue value && value.TryGetValue<string>(out var lang)
            && lang is "nl" or "en"
            ? LanguageExtensions.FromWire(lang)
            : null;
    }

    private static void StampLanguage(JsonNode? node, string lang)
    {
        switch (node)
        {
            case JsonObject o:
                var type = TypeOf(o);
                if (type == "AdaptiveCard" && o["lang"] is JsonValue own && own.TryGetValue<string>(out var ownLang))
                {
                    if (o.Parent is not null && ownLang == lang)
                    {
                        // A card inside a card (Action.ShowCard) inherits its parent's lang; saying it again only adds
                        // bytes (and trips the adaptivecards 3.0.6 renderer, whose lang check is a stateful /g regex).
                        o.Remove("lang");
                    }

                    lang = ownLang;
                }

                if (type is "Action.Execute" or "Action.Submit")
                {
                    if (o["data"] is not JsonObject data)
                    {
                        data = [];
                        o["data"] = data;
                    }

                    data[LanguageKey] ??= lang;
                }

                foreach (var child in o.Select(p => p.Value).ToList())
                {
                    StampLanguage(child, lang);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    StampLanguage(child, lang);
                }

                break;
        }
    }

    private static string? TypeOf(JsonObject o) =>
        o["type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : null;
}
