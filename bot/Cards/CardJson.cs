using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

/// <summary>The JSON of our card model, source-generated.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class CardJsonContext : JsonSerializerContext;

public static class CardJson
{
    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);

    public static JsonNode ToNode(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard)!;
}
