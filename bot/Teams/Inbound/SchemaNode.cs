using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Verkruisen.Bot.Teams.Inbound;

/// <summary>
/// One (sub)schema of <see cref="CompiledSchema"/>: the keywords it has, checked against a parsed instance without
/// building a result tree. Lengths are counted as JSON Schema.Net counts them (text elements).
/// </summary>
internal sealed class SchemaNode
{
    internal JsonTypes Types { get; set; }

    internal int? MinLength { get; set; }

    internal int? MaxLength { get; set; }

    internal Regex? Pattern { get; set; }

    internal decimal? Minimum { get; set; }

    internal decimal? Maximum { get; set; }

    internal int? MaxItems { get; set; }

    internal byte[][] Required { get; set; } = [];

    internal (byte[] Name, SchemaNode Schema)[] Properties { get; set; } = [];

    internal SchemaNode? Items { get; set; }

    internal JsonElement[]? Allowed { get; set; }

    internal SchemaNode? If { get; set; }

    internal SchemaNode? Then { get; set; }

    internal SchemaNode[] AllOf { get; set; } = [];

    internal SchemaNode? Ref { get; set; }

    /// <summary>Whether the instance satisfies this schema. The instance comes from a document without duplicate names.</summary>
    public bool Accepts(JsonElement instance)
    {
        if (Types != JsonTypes.None && (Types & TypeOf(instance)) == 0)
        {
            return false;
        }

        if (Ref is not null && !Ref.Accepts(instance))
        {
            return false;
        }

        if (Allowed is not null && !Array.Exists(Allowed, allowed => JsonElement.DeepEquals(allowed, instance)))
        {
            return false;
        }

        var own = instance.ValueKind switch
        {
            JsonValueKind.String => AcceptsString(instance),
            JsonValueKind.Number => AcceptsNumber(instance),
            JsonValueKind.Object => AcceptsObject(instance),
            JsonValueKind.Array => AcceptsArray(instance),
            _ => true,
        };
        if (!own || (If is not null && Then is not null && If.Accepts(instance) && !Then.Accepts(instance)))
        {
            return false;
        }

        foreach (var schema in AllOf)
        {
            if (!schema.Accepts(instance))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonTypes TypeOf(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Object => JsonTypes.Object,
        JsonValueKind.Array => JsonTypes.Array,
        JsonValueKind.String => JsonTypes.String,
        // An integer is a number too; one with a fraction or an exponent is only a number here (JSON Schema would
        // call 1.0 an integer: that instance is left to the full evaluator).
        JsonValueKind.Number => instance.TryGetInt64(out _) ? JsonTypes.Number | JsonTypes.Integer : JsonTypes.Number,
        JsonValueKind.True or JsonValueKind.False => JsonTypes.Boolean,
        JsonValueKind.Null => JsonTypes.Null,
        _ => JsonTypes.None,
    };

    private bool AcceptsString(JsonElement instance)
    {
        if (MinLength is null && MaxLength is null && Pattern is null)
        {
            return true;
        }

        var text = instance.GetString()!;
        // A text element is one or more UTF-16 units: the unit count bounds it from above, so most strings need no count.
        if (MaxLength is { } max && text.Length > max && new StringInfo(text).LengthInTextElements > max)
        {
            return false;
        }

        if (MinLength is { } min && (text.Length < min || (min > 1 && new StringInfo(text).LengthInTextElements < min)))
        {
            return false;
        }

        return Pattern is null || Pattern.IsMatch(text);
    }

    private bool AcceptsNumber(JsonElement instance)
    {
        if (Minimum is null && Maximum is null)
        {
            return true;
        }

        return instance.TryGetDecimal(out var value) && !(value < Minimum) && !(value > Maximum);
    }

    private bool AcceptsObject(JsonElement instance)
    {
        foreach (var name in Required)
        {
            if (!instance.TryGetProperty(name, out _))
            {
                return false;
            }
        }

        foreach (var (name, schema) in Properties)
        {
            if (instance.TryGetProperty(name, out var value) && !schema.Accepts(value))
            {
                return false;
            }
        }

        return true;
    }

    private bool AcceptsArray(JsonElement instance)
    {
        if (MaxItems is { } max && instance.GetArrayLength() > max)
        {
            return false;
        }

        if (Items is not null)
        {
            foreach (var item in instance.EnumerateArray())
            {
                if (!Items.Accepts(item))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
