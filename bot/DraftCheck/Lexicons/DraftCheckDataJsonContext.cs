using System.Text.Json.Serialization;

namespace Verkruisen.Bot.DraftCheck.Lexicons;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(LexiconFile))]
[JsonSerializable(typeof(Dictionary<string, KindText>))]
internal sealed partial class DraftCheckDataJsonContext : JsonSerializerContext;
