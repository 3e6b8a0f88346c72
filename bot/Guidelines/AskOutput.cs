using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>One line of <c>ask --json</c>.</summary>
public sealed record AskOutput(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("rules")] IReadOnlyList<string> Rules,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("confident")] bool Confident,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("language")] string Language);
