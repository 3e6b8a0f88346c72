using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Learning;

/// <summary>
/// A labelled draft (corpus/drafts/*.jsonl): the post and its setting, every acceptable verdict (allowed,
/// ask-manager, not-allowed), the risk categories present and their rules. Older sets have no categories.
/// </summary>
public sealed record CorpusDraft(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("ok")] IReadOnlyList<string> Ok,
    [property: JsonPropertyName("platform")] string? Platform = null,
    [property: JsonPropertyName("photos")] bool Photos = false,
    [property: JsonPropertyName("account")] string? Account = null,
    [property: JsonPropertyName("role")] string? Role = null,
    [property: JsonPropertyName("categories")] IReadOnlyList<string>? Categories = null,
    [property: JsonPropertyName("rules")] IReadOnlyList<string>? Rules = null,
    [property: JsonPropertyName("lang")] string? Lang = null);
