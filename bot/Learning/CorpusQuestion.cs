using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Learning;

/// <summary>
/// A labelled question (corpus/questions/*.jsonl): the sections that may be cited first, most fitting first
/// (empty unless the kind is answer), and its kind: answer, out-of-scope or help.
/// </summary>
public sealed record CorpusQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("rules")] IReadOnlyList<string> Rules,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("voice")] string? Voice = null,
    [property: JsonPropertyName("lang")] string? Lang = null);
