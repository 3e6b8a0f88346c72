using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

/// <summary>
/// A text block. Text is always wrapped. Text that a person typed must go through <see cref="CardText.Escape"/>
/// (or <see cref="TextBlock.Plain"/>) so that it is never read as markdown, a link or a mention.
/// </summary>
public sealed record TextBlock(
    [property: JsonPropertyName("text")] string Text) : CardElement
{
    [JsonPropertyName("wrap")]
    public bool Wrap => true;

    [JsonPropertyName("size")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Size { get; init; }

    [JsonPropertyName("weight")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Weight { get; init; }

    [JsonPropertyName("color")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Color { get; init; }

    [JsonPropertyName("isSubtle")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsSubtle { get; init; }

    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Style { get; init; }

    /// <summary>A heading (style "heading" so screen readers announce it).</summary>
    public static TextBlock Heading(string text) =>
        new(text) { Size = "Large", Weight = "Bolder", Style = "heading" };

    /// <summary>A block holding text a person wrote, escaped.</summary>
    public static TextBlock Plain(string userText) => new(CardText.Escape(userText));
}
