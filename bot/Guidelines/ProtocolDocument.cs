using System.Text.Json.Serialization;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The protocol as data (Data/protocol.json): its sections and the vocabulary that leads to them.</summary>
public sealed record ProtocolDocument(
    [property: JsonPropertyName("sections")] IReadOnlyList<ProtocolSection> Sections,
    [property: JsonPropertyName("synonyms")] IReadOnlyList<SynonymGroup> Synonyms,
    [property: JsonPropertyName("stopWords")] IReadOnlyList<string> StopWords,
    [property: JsonPropertyName("generic")] IReadOnlyList<string> Generic,
    [property: JsonPropertyName("weak")] IReadOnlyList<string> Weak,
    [property: JsonPropertyName("outOfScope")] IReadOnlyList<string> OutOfScope,
    [property: JsonPropertyName("greetings")] IReadOnlyList<string> Greetings,
    [property: JsonPropertyName("english")] IReadOnlyList<string> English);

/// <summary>
/// One section: <c>purpose</c>, <c>scope</c>, <c>1</c>..<c>12</c> or <c>adoption</c>. The Dutch original is verbatim.
/// <see cref="Cues"/>, when given, are the words one of which a question about the section nearly always has: the
/// actor a rule is about (rule 5: a leader; rule 11: parents and other visitors). Without any, the section ranks lower.
/// </summary>
public sealed record ProtocolSection(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] LocalizedText Title,
    [property: JsonPropertyName("original")] LocalizedText Original,
    [property: JsonPropertyName("answer")] LocalizedText Answer,
    [property: JsonPropertyName("keywords")] IReadOnlyList<string> Keywords,
    [property: JsonPropertyName("examples")] IReadOnlyList<string> Examples,
    [property: JsonPropertyName("cues")] IReadOnlyList<string>? Cues = null)
{
    /// <summary>True for the numbered rules 1..12.</summary>
    public bool IsRule => char.IsAsciiDigit(Id[0]);
}

/// <summary>A text in Dutch and English.</summary>
public sealed record LocalizedText(
    [property: JsonPropertyName("nl")] string Nl,
    [property: JsonPropertyName("en")] string En)
{
    public string In(Language language) => language.Pick(Nl, En);
}

/// <summary>Words (nicknames, spellings, synonyms) that also mean <see cref="Means"/>.</summary>
public sealed record SynonymGroup(
    [property: JsonPropertyName("words")] IReadOnlyList<string> Words,
    [property: JsonPropertyName("means")] string Means);
