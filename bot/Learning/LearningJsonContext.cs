using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Learning;

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(CorpusQuestion))]
[JsonSerializable(typeof(CorpusDraft))]
public sealed partial class LearningJsonContext : JsonSerializerContext;
