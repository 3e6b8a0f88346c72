namespace Verkruisen.AppPackage;

/// <summary>
/// Reads an Agents Toolkit style environment file (<c>env/.env.dev</c>): <c>KEY=VALUE</c> lines, <c>#</c> comments,
/// blank lines, values optionally in single or double quotes. A later line wins over an earlier one.
/// </summary>
public static class EnvFile
{
    public static IReadOnlyDictionary<string, string> Load(string path) => Parse(File.ReadLines(path), path);

    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> lines, string source = "env file")
    {
        ArgumentNullException.ThrowIfNull(lines);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? line[..equals].Trim() : "";
            if (!IsName(key))
            {
                throw new FormatException($"{source}, line {number}: expected KEY=VALUE.");
            }

            values[key] = Unquote(line[(equals + 1)..].Trim());
        }

        return values;
    }

    /// <summary>Setting names as the placeholders use them: letters, digits and underscores.</summary>
    public static bool IsName(string key) =>
        key.Length > 0 && !char.IsAsciiDigit(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
