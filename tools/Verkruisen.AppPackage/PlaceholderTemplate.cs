using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Verkruisen.AppPackage;

/// <summary>
/// Fills Agents Toolkit style <c>${{NAME}}</c> placeholders in a JSON template. Values are JSON-escaped, because
/// every placeholder sits inside a JSON string. A required setting that is absent or blank is reported as missing;
/// an optional one (<see cref="OptionalSettings"/>) becomes empty.
/// </summary>
public static partial class PlaceholderTemplate
{
    /// <summary>Settings that may be left out; they then fill in as an empty string.</summary>
    public static IReadOnlySet<string> OptionalSettings { get; } = new HashSet<string>(StringComparer.Ordinal) { "APP_NAME_SUFFIX" };

    public static IReadOnlyList<string> Names(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];

    public static TemplateResult Fill(string template, Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(setting);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var text = Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            var value = setting(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (!OptionalSettings.Contains(name))
                {
                    missing.Add(name);
                }

                return "";
            }

            return JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        });
        return new TemplateResult(text, [.. missing]);
    }

    [GeneratedRegex(@"\$\{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
