using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

/// <summary>
/// Rich text: its runs are never parsed as markdown, so it is the safe place for a person's own words (a draft).
/// </summary>
public sealed record RichTextBlock(
    [property: JsonPropertyName("inlines")] IReadOnlyList<TextRun> Inlines) : CardElement;

public sealed record TextRun([property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("type")]
    public string Type => "TextRun";

    [JsonPropertyName("italic")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Italic { get; init; }

    [JsonPropertyName("weight")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Weight { get; init; }
}
