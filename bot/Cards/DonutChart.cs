using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

/// <summary><c>Chart.Donut</c>: parts of a whole, one slice per data point.</summary>
public sealed record DonutChart([property: JsonPropertyName("data")] IReadOnlyList<DonutSlice> Data) : Chart;

/// <summary>A slice of a donut: its legend, its value and (optionally) a named colour such as good, warning, attention.</summary>
public sealed record DonutSlice(
    [property: JsonPropertyName("legend")] string Legend,
    [property: JsonPropertyName("value")] int Value)
{
    [JsonPropertyName("color")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Color { get; init; }
}
