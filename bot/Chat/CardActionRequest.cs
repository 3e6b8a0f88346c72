using System.Text.Json.Nodes;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Chat;

/// <summary>A card button press, in plain terms: the verb, the action's data merged with the card's inputs.</summary>
public sealed record CardActionRequest(string Verb, JsonObject Data, ChatUser User, Language Language, string? CardActivityId)
{
    /// <summary>A string value from the data, or null.</summary>
    public string? Get(string key) => Data.TryGetPropertyValue(key, out var node) && node is JsonValue value
        && value.TryGetValue<string>(out var text) ? text : null;
}
