using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>Our own JSON of the guidelines feature: the protocol data file and the command line's --json.</summary>
[JsonSourceGenerationOptions(WriteIndented = false, PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(ProtocolDocument))]
[JsonSerializable(typeof(AskOutput))]
public sealed partial class GuidelinesJsonContext : JsonSerializerContext;
