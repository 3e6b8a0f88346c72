using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Cards;

/// <summary>An element of a card body. The JSON "type" comes from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(DonutChart), "Chart.Donut")]
[JsonDerivedType(typeof(HorizontalBarChart), "Chart.HorizontalBar")]
[JsonDerivedType(typeof(VerticalBarChart), "Chart.VerticalBar")]
public abstract record CardElement
{
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonPropertyName("separator")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Separator { get; init; }

    [JsonPropertyName("spacing")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Spacing { get; init; }

    [JsonPropertyName("isVisible")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool? IsVisible { get; init; }
}
