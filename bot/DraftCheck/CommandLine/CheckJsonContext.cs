using System.Text.Json.Serialization;

namespace Verkruisen.Bot.DraftCheck.CommandLine;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(CheckInput))]
[JsonSerializable(typeof(CheckOutput))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
