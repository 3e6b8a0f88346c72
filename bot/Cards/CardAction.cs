using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction
{
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    /// <summary>default, positive or destructive.</summary>
    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Style { get; init; }
}

/// <summary>
/// Universal Action: reaches the bot as an <c>adaptiveCard/action</c> invoke. Clients that cannot run it
/// (Teams mobile, older clients) fall back to an Action.Submit with the same verb and data.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    [JsonPropertyName("verb")]
    public required string Verb { get; init; }

    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Data { get; init; }

    [JsonPropertyName("associatedInputs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AssociatedInputs { get; init; }

    /// <summary>Typed as the polymorphic base so that the JSON carries "type": "Action.Submit".</summary>
    [JsonPropertyName("fallback")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CardAction? Fallback { get; init; }

    /// <summary>An Execute action with its Action.Submit fallback carrying the same verb.</summary>
    public static ExecuteAction Create(string title, string verb, JsonObject? data = null, string? style = null)
    {
        var submitData = data is null ? new JsonObject() : (JsonObject)data.DeepClone();
        submitData["verb"] = verb;
        return new ExecuteAction
        {
            Title = title,
            Verb = verb,
            Data = data,
            Style = style,
            Fallback = new SubmitAction { Title = title, Data = submitData, Style = style },
        };
    }
}

public sealed record SubmitAction : CardAction
{
    [JsonPropertyName("data")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Data { get; init; }
}

public sealed record OpenUrlAction : CardAction
{
    [JsonPropertyName("url")]
    public required Uri Url { get; init; }
}

public sealed record ShowCardAction : CardAction
{
    [JsonPropertyName("card")]
    public required AdaptiveCard Card { get; init; }
}
