using System.Text.Json.Serialization;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Cards;

/// <summary>An Adaptive Card 1.5 (the highest version Teams desktop and web render).</summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("version")]
    public string Version { get; init; } = "1.5";

    /// <summary>
    /// The language of everything on the card. Its buttons carry it in their data (<see cref="CardJson.LanguageKey"/>),
    /// so what a click brings (a new card, a notice) is in the card's language, not the client's locale.
    /// </summary>
    /// <remarks>On the wire as Adaptive Cards' <c>lang</c>: "nl" or "en".</remarks>
    [JsonPropertyName("lang")]
    [JsonConverter(typeof(CardLanguageConverter))]
    public required Language Language { get; init; }

    [JsonPropertyName("body")]
    public IReadOnlyList<CardElement> Body { get; init; } = [];

    [JsonPropertyName("actions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Universal Actions refresh: who gets the up-to-date card automatically.</summary>
    [JsonPropertyName("refresh")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CardRefresh? Refresh { get; init; }

    /// <summary>Shown by clients that cannot render the card.</summary>
    [JsonPropertyName("fallbackText")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FallbackText { get; init; }

    [JsonPropertyName("speak")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Speak { get; init; }
}

/// <summary>Universal Actions refresh. The action is typed as the polymorphic base so that its JSON says "Action.Execute".</summary>
public sealed record CardRefresh(
    [property: JsonPropertyName("action")] CardAction Action,
    [property: JsonPropertyName("userIds")] IReadOnlyList<string> UserIds);
