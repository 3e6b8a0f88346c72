using System.Text.Json.Serialization;
using Verkruisen.Bot.DraftCheck;

namespace Verkruisen.Bot.Approvals.Storage;

/// <summary>The JSON of the findings stored with a request.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<Finding>))]
public sealed partial class ApprovalJsonContext : JsonSerializerContext;
