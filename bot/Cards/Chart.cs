using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

/// <summary>
/// A Teams chart element (Adaptive Cards in Teams: <c>Chart.Donut</c>, <c>Chart.HorizontalBar</c>, ...). Clients that
/// cannot draw charts render <see cref="Fallback"/> instead, so every chart carries one: the same figures as plain rows.
/// </summary>
public abstract record Chart : CardElement
{
    [JsonPropertyName("title")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    /// <summary>Typed as the polymorphic base so that the JSON carries the fallback's "type".</summary>
    [JsonPropertyName("fallback")]
    public required CardElement Fallback { get; init; }
}
