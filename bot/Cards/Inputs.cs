using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

/// <summary>Every input has a label (accessibility) and an id (the key in the submitted data).</summary>
public abstract record CardInput : CardElement
{
    [JsonPropertyName("label")]
    public required string Label { get; init; }

    [JsonPropertyName("isRequired")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsRequired { get; init; }

    [JsonPropertyName("errorMessage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput : CardInput
{
    [JsonPropertyName("isMultiline")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsMultiline { get; init; }

    [JsonPropertyName("maxLength")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxLength { get; init; }

    [JsonPropertyName("placeholder")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Placeholder { get; init; }

    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; init; }
}

public sealed record ToggleInput : CardInput
{
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("value")]
    public string Value { get; init; } = "false";

    [JsonPropertyName("valueOn")]
    public string ValueOn => "true";

    [JsonPropertyName("valueOff")]
    public string ValueOff => "false";
}

public sealed record ChoiceSetInput : CardInput
{
    [JsonPropertyName("choices")]
    public required IReadOnlyList<Choice> Choices { get; init; }

    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; init; }

    /// <summary>"compact" (drop-down) or "expanded" (radio buttons).</summary>
    [JsonPropertyName("style")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Style { get; init; }
}

public sealed record Choice(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);
