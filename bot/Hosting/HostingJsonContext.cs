using System.Text.Json.Serialization;

namespace Verkruisen.Bot.Hosting;

[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class HostingJsonContext : JsonSerializerContext;
