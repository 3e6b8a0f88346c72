using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

/// <summary><c>Chart.HorizontalBar</c>: one bar per label, for labels too long to stand under a vertical bar.</summary>
public sealed record HorizontalBarChart([property: JsonPropertyName("data")] IReadOnlyList<BarValue> Data) : Chart
{
    /// <summary>The colour of every bar (e.g. categoricalBlue).</summary>
    [JsonPropertyName("color")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Color { get; init; }

    /// <summary>AbsoluteWithAxis (default), AbsoluteNoAxis or PartToWhole.</summary>
    [JsonPropertyName("displayMode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DisplayMode { get; init; }
}

/// <summary><c>Chart.VerticalBar</c>: one bar per label.</summary>
public sealed record VerticalBarChart([property: JsonPropertyName("data")] IReadOnlyList<BarValue> Data) : Chart
{
    [JsonPropertyName("color")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Color { get; init; }

    [JsonPropertyName("showBarValues")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ShowBarValues { get; init; }

    [JsonPropertyName("xAxisTitle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? XAxisTitle { get; init; }

    [JsonPropertyName("yAxisTitle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? YAxisTitle { get; init; }
}

/// <summary>A bar: its label (x) and its value (y), optionally its own colour.</summary>
public sealed record BarValue(
    [property: JsonPropertyName("x")] string X,
    [property: JsonPropertyName("y")] int Y)
{
    [JsonPropertyName("color")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Color { get; init; }
}
