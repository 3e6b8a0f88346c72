using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Verkruisen.Bot.Teams.Inbound;

/// <summary>
/// The activity schema turned once into plain checks, for the request path. JSON Schema.Net evaluates a schema by
/// building a tree of results and error messages for every keyword, also when the instance is valid: for this schema
/// about 100 KB and more CPU than the rest of a turn together (measured with dotnet-trace under scripts/load.sh). This
/// answers only "valid or not", allocating nothing but the strings it must match. It knows the keywords the schema
/// uses and refuses to load a schema with any other, so the schema stays the one description of what is accepted.
/// Inside an <c>if</c> only exact keywords are allowed (type, const, enum, required, properties): a condition must
/// never be judged differently from the full evaluator, which still says why when this one refuses.
/// </summary>
public sealed class CompiledSchema
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "$defs",
    };

    private static readonly HashSet<string> ConditionKeywords = new(StringComparer.Ordinal)
    {
        "type", "const", "enum", "required", "properties",
    };

    private readonly SchemaNode root;

    private CompiledSchema(SchemaNode root) => this.root = root;

    /// <summary>Whether the instance is valid; it must come from a document parsed without duplicate property names.</summary>
    public bool Accepts(JsonElement instance) => root.Accepts(instance);

    /// <summary>Compiles the schema's text; throws <see cref="NotSupportedException"/> for a keyword it does not know.</summary>
    public static CompiledSchema Compile(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        var definitions = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
        var schemaRoot = document.RootElement.Clone();
        return new CompiledSchema(Node(schemaRoot, schemaRoot, definitions, inCondition: false));
    }

    private static SchemaNode Node(JsonElement schema, JsonElement schemaRoot, Dictionary<string, SchemaNode> definitions, bool inCondition)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException("Only object schemas are supported.");
        }

        var node = new SchemaNode();
        foreach (var keyword in schema.EnumerateObject())
        {
            if (inCondition && !ConditionKeywords.Contains(keyword.Name))
            {
                throw new NotSupportedException($"'{keyword.Name}' inside an 'if' is not supported.");
            }

            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "type": node.Types = TypesOf(value); break;
                case "minLength": node.MinLength = value.GetInt32(); break;
                case "maxLength": node.MaxLength = value.GetInt32(); break;
                // JSON Schema patterns are ECMA-262 regular expressions, as JSON Schema.Net reads them.
                case "pattern": node.Pattern = new Regex(value.GetString()!, RegexOptions.ECMAScript); break;
                case "minimum": node.Minimum = value.GetDecimal(); break;
                case "maximum": node.Maximum = value.GetDecimal(); break;
                case "maxItems": node.MaxItems = value.GetInt32(); break;
                case "required": node.Required = [.. value.EnumerateArray().Select(name => Encoding.UTF8.GetBytes(name.GetString()!))]; break;
                case "properties":
                    node.Properties = [.. value.EnumerateObject().Select(p => (Encoding.UTF8.GetBytes(p.Name), Node(p.Value, schemaRoot, definitions, inCondition)))];
                    break;
                case "items": node.Items = Node(value, schemaRoot, definitions, inCondition); break;
                case "const": node.Allowed = [value.Clone()]; break;
                case "enum": node.Allowed = [.. value.EnumerateArray().Select(v => v.Clone())]; break;
                case "if": node.If = Node(value, schemaRoot, definitions, inCondition: true); break;
                case "then": node.Then = Node(value, schemaRoot, definitions, inCondition); break;
                case "allOf": node.AllOf = [.. value.EnumerateArray().Select(s => Node(s, schemaRoot, definitions, inCondition))]; break;
                case "$ref": node.Ref = Definition(value.GetString()!, schemaRoot, definitions); break;
                case var name when Annotations.Contains(name): break;
                default: throw new NotSupportedException($"The keyword '{keyword.Name}' is not supported.");
            }
        }

        return node;
    }

    /// <summary>A local reference (#/$defs/name), compiled once however often it is used.</summary>
    private static SchemaNode Definition(string reference, JsonElement schemaRoot, Dictionary<string, SchemaNode> definitions)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only references into $defs are supported: {reference}");
        }

        var name = reference[Prefix.Length..];
        if (!definitions.TryGetValue(name, out var node))
        {
            node = Node(schemaRoot.GetProperty("$defs").GetProperty(name), schemaRoot, definitions, inCondition: false);
            definitions[name] = node;
        }

        return node;
    }

    private static JsonTypes TypesOf(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray().Aggregate(JsonTypes.None, (types, name) => types | TypeNamed(name.GetString()))
        : TypeNamed(value.GetString());

    private static JsonTypes TypeNamed(string? name) => name switch
    {
        "object" => JsonTypes.Object,
        "array" => JsonTypes.Array,
        "string" => JsonTypes.String,
        "number" => JsonTypes.Number | JsonTypes.Integer,
        "integer" => JsonTypes.Integer,
        "boolean" => JsonTypes.Boolean,
        "null" => JsonTypes.Null,
        _ => throw new NotSupportedException($"Unknown type '{name}'."),
    };
}
