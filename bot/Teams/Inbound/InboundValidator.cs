using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Verkruisen.Bot.Teams.Inbound;

/// <summary>
/// Checks an inbound activity before anything reads it. First the JSON (no property name twice in an object) against
/// <c>activity.schema.json</c>, compiled into plain checks, with JSON Schema.Net for what they refuse: every
/// field the bot reads, with its type and limits (ids printable ASCII, keys safe for Table Storage, an absolute
/// http(s) serviceUrl, no null items, ranges for paging). Then what the SDK itself will read: channelData as Teams
/// channel data and the invoke's value as the SDK type for its name, each tried here so that a mistyped field is a
/// 400 with a reason instead of an exception inside the turn. Reasons name the field, never its value.
/// </summary>
public static class InboundValidator
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string Query = "composeExtension/query";
    public const string SelectItem = "composeExtension/selectItem";
    public const string FetchTask = "composeExtension/fetchTask";
    public const string SubmitAction = "composeExtension/submitAction";

    private static readonly string SchemaText = LoadSchema();

    /// <summary>
    /// The full evaluator: it judges what the compiled checks refuse, and says why. Built at the first refusal: a bot
    /// that only gets valid activities never parses the schema with it nor compiles its code (memory, README).
    /// </summary>
    private static readonly Lazy<(JsonSchema Schema, EvaluationOptions Options)> Full = new(() =>
        (JsonSchema.FromText(SchemaText), new EvaluationOptions { OutputFormat = OutputFormat.List }));

    /// <summary>The same schema as plain checks: most activities are valid, and this is how a turn finds that out cheaply.</summary>
    private static readonly CompiledSchema Compiled = CompiledSchema.Compile(SchemaText);

    /// <summary>A name twice in one object is refused: the SDK would read the last, a check might have read the first.</summary>
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>The invokes this bot answers; any other name gets 400 before the SDK reads its value.</summary>
    public static IReadOnlySet<string> Invokes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        AdaptiveCardAction, Query, SelectItem, FetchTask, SubmitAction,
    };

    /// <summary>The request body's JSON against the schema; null when it passes.</summary>
    public static InboundProblem? CheckJson(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Strict);
        }
        catch (JsonException)
        {
            return Malformed;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Malformed;
            }

            if (!root.TryGetProperty("type"u8, out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
            {
                return MissingType;
            }

            if (AcceptedByCompiledSchema(root))
            {
                return null;
            }
        }

        var (schema, options) = Full.Value;
        var result = schema.Evaluate(JsonNode.Parse(body), options);
        if (result.IsValid)
        {
            return null;
        }

        var failed = result.Details
            .Where(d => d.HasErrors)
            .OrderByDescending(d => d.InstanceLocation.Count)
            .FirstOrDefault();
        var where = failed is null ? "/" : failed.InstanceLocation.ToString();
        var why = failed?.Errors?.Values.FirstOrDefault() ?? "does not match what the bot reads";
        return new InboundProblem(400, "InvalidActivity", $"{(where.Length == 0 ? "/" : where)}: {why}");
    }

    /// <summary>The body is not JSON, not an object, or not an activity the SDK can read.</summary>
    public static InboundProblem Malformed { get; } = new(400, "MalformedJson", "The request body is not a valid JSON activity.");

    /// <summary>The body is empty or has no type.</summary>
    public static InboundProblem MissingType { get; } = new(400, "MissingType", "The activity has no type.");

    /// <summary>A string the compiled checks cannot read (a lone surrogate escape) is left to the full evaluator.</summary>
    private static bool AcceptedByCompiledSchema(JsonElement root)
    {
        try
        {
            return Compiled.Accepts(root);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>What the SDK will read of the deserialized activity; null when it can be read.</summary>
    public static InboundProblem? CheckSdkShapes(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return new InboundProblem(400, "InvalidServiceUrl", "The activity's serviceUrl is not an absolute http(s) URL.");
        }

        if (activity.ChannelData is not null && !Try(() => activity.GetChannelData<TeamsChannelData>()))
        {
            return new InboundProblem(400, "InvalidChannelData", "The activity's channelData is not Teams channel data.");
        }

        if (activity.Type != ActivityTypes.Invoke)
        {
            return null;
        }

        if (activity.Name is null || !Invokes.Contains(activity.Name))
        {
            return new InboundProblem(400, "UnknownInvoke", "This bot does not handle that invoke.");
        }

        var value = activity.Value as JObject;
        var readable = value is not null && activity.Name switch
        {
            AdaptiveCardAction => Try(() => value.ToObject<AdaptiveCardInvokeValue>()),
            Query => Try(() => value.ToObject<MessagingExtensionQuery>()),
            FetchTask or SubmitAction => Try(() => value.ToObject<MessagingExtensionAction>()),
            _ => true,
        };
        return readable ? null : new InboundProblem(400, "InvalidInvokeValue", $"The value of {activity.Name} cannot be read.");
    }

    /// <summary>Whether the SDK's reading succeeds. Its exception is dropped unlogged: Json.NET messages quote the input.</summary>
    private static bool Try(Func<object?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static string LoadSchema()
    {
        using var stream = typeof(InboundValidator).Assembly.GetManifestResourceStream("Verkruisen.Bot.Teams.Inbound.activity.schema.json")
            ?? throw new InvalidOperationException("The activity schema is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
