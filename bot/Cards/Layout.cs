using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

public sealed record FactSet([property: JsonPropertyName("facts")] IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);

public sealed record Container([property: JsonPropertyName("items")] IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>default, emphasis, good, attention, warning, accent.</summary>
    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Style { get; init; }
}

public sealed record ColumnSet([property: JsonPropertyName("columns")] IReadOnlyList<Column> Columns) : CardElement;

public sealed record Column([property: JsonPropertyName("items")] IReadOnlyList<CardElement> Items)
{
    [JsonPropertyName("type")]
    public string Type => "Column";

    /// <summary>"auto", "stretch" or a weight.</summary>
    [JsonPropertyName("width")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Width { get; init; }
}

public sealed record ActionSet([property: JsonPropertyName("actions")] IReadOnlyList<CardAction> Actions) : CardElement;
