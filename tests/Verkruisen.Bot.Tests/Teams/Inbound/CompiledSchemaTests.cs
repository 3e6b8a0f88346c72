using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Teams.Inbound;
using Verkruisen.Bot.Tests.MessagingExtension;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams.Inbound;

/// <summary>
/// The compiled activity schema on the request path judges exactly as JSON Schema.Net does with the same schema:
/// thousands of seeded mutations of real activities (wrong types, nulls, long and odd strings, removed fields,
/// other invoke names), each judged by both. If the compiled checks ever accepted what the full evaluator refuses,
/// a malformed activity would reach the SDK.
/// </summary>
public sealed class CompiledSchemaTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static readonly string SchemaText = ReadSchema();

    private static readonly JToken[] Values =
    [
        JValue.CreateNull(), "", " ", "x", "a/b", "a:1\u202e", "ok\n", "é\u0301é\u0301", new string('a', 65), new string('b', 129),
        new string('c', 1025), new string('d', 100_001), "http://[::1", "/v3/conversations", "https://x\u2003y/", "http://a b/",
        "invoke", "message", "mention", "composeExtension/query", "composeExtension/selectItem", "composeExtension/fetchTask",
        "composeExtension/submitAction", "adaptiveCard/action", 0, -1, 7, 20, 101, 10_001, 1L << 40, 1.5, -0.5, true, false,
        new JObject(), new JObject { ["id"] = "29:u" }, new JObject { ["verb"] = 7 }, new JArray(), new JArray(JValue.CreateNull()),
        new JArray(new JObject()), new JArray(Enumerable.Range(0, 101).Select(i => new JObject())),
    ];

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    [Fact]
    public void Accepts_SeededMutationsOfActivities_JudgesAsJsonSchemaNet()
    {
        var compiled = CompiledSchema.Compile(SchemaText);
        var full = JsonSchema.FromText(SchemaText);
        var random = new Random(16);
        var disagreements = new List<string>();
        var accepted = 0;

        for (var i = 0; i < 4000; i++)
        {
            var (activity, change) = Mutate(Activity(random), random);
            var text = activity.ToString(Newtonsoft.Json.Formatting.None);
            using var document = JsonDocument.Parse(text, Strict);
            var fast = compiled.Accepts(document.RootElement);
            var slow = full.Evaluate(JsonNode.Parse(text)).IsValid;
            accepted += slow ? 1 : 0;
            if (fast != slow)
            {
                disagreements.Add($"{change}: compiled {fast}, JSON Schema.Net {slow}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(10)));
        Assert.InRange(accepted, 400, 3600); // both verdicts were really exercised
    }

    [Fact]
    public void Accepts_IntegerWrittenWithFraction_LeavesItToTheFullEvaluator()
    {
        var compiled = CompiledSchema.Compile("""{ "type": "integer" }""");
        using var document = JsonDocument.Parse("1.0");

        // JSON Schema calls 1.0 an integer; the compiled check does not decide that and the full evaluator is asked.
        Assert.False(compiled.Accepts(document.RootElement));
    }

    [Theory]
    [InlineData("""{ "oneOf": [ { "type": "string" } ] }""")]
    [InlineData("""{ "if": { "properties": { "a": { "pattern": "x" } } }, "then": { "required": ["b"] } }""")]
    [InlineData("""{ "if": { "type": "object" }, "then": {}, "else": { "required": ["b"] } }""")]
    [InlineData("""{ "$ref": "https://example.org/other.json" }""")]
    [InlineData("""{ "properties": { "a": { "additionalProperties": false } } }""")]
    public void Compile_KeywordItCannotCheck_Throws(string schema)
    {
        Assert.Throws<NotSupportedException>(() => CompiledSchema.Compile(schema));
    }

    private static JObject Activity(Random random) => random.Next(9) switch
    {
        0 => Activities.Message(ServiceUrl, "Mag ik foto's van mijn klas op Instagram zetten?"),
        1 => Activities.CardAction(ServiceUrl, "help.examples", new JObject { ["lang"] = "nl" }),
        2 => ComposeExtensionActivities.Query(ServiceUrl, "foto"),
        3 => ComposeExtensionActivities.SelectItem(ServiceUrl, new JObject { ["sectionId"] = "10" }),
        4 => ComposeExtensionActivities.FetchTask(ServiceUrl, "<p>Emma heeft dyscalculie</p>", attachments: new JArray(new JObject { ["contentType"] = "image/png" })),
        5 => ComposeExtensionActivities.SubmitAction(ServiceUrl, new JObject { ["verb"] = "approval.request" }),
        6 => Activities.BotAdded(ServiceUrl),
        7 => WithMention(Activities.Message(ServiceUrl, "<at>Bot</at> help")),
        _ => Submitted(Activities.Message(ServiceUrl, "")),
    };

    /// <summary>One to three changes: a value replaced by one from <see cref="Values"/>, or a property removed.</summary>
    private static (JObject Activity, string Change) Mutate(JObject activity, Random random)
    {
        var changes = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var tokens = activity.Descendants().Where(t => t is not JProperty && t.Parent is not null).ToList();
            var target = tokens[random.Next(tokens.Count)];
            if (target.Parent is JProperty property && random.Next(5) == 0)
            {
                changes.Add($"remove {property.Path}");
                property.Remove();
                continue;
            }

            var value = Values[random.Next(Values.Length)].DeepClone();
            changes.Add($"{target.Path} = {Describe(value)}");
            target.Replace(value);
        }

        return (activity, string.Join("; ", changes));
    }

    private static string Describe(JToken value) => value is JValue { Type: JTokenType.String } s && ((string)s!).Length > 20
        ? $"string({((string)s!).Length})"
        : value.ToString(Newtonsoft.Json.Formatting.None);

    private static JObject WithMention(JObject message)
    {
        message["entities"] = new JArray(new JObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Bot</at>",
            ["mentioned"] = new JObject { ["id"] = Activities.BotId, ["name"] = "Bot" },
        });
        return message;
    }

    private static JObject Submitted(JObject message)
    {
        message["text"] = null;
        message["value"] = new JObject { ["verb"] = "help.examples", ["lang"] = "nl" };
        return message;
    }

    private static string ReadSchema()
    {
        using var stream = typeof(CompiledSchema).Assembly.GetManifestResourceStream("Verkruisen.Bot.Teams.Inbound.activity.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
