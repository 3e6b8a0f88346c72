using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Verkruisen.Bot.Learning;

/// <summary>
/// Reads the labelled corpus: JSON Lines (one object per line, blank lines skipped) from a file, from every
/// *.jsonl in a folder (in name order), or from embedded resources. A bad line fails with its file and line
/// number, never its text.
/// </summary>
public static class CorpusReader
{
    public static IReadOnlyList<CorpusQuestion> ReadQuestions(string path) => Read(path, LearningJsonContext.Default.CorpusQuestion);

    public static IReadOnlyList<CorpusDraft> ReadDrafts(string path) => Read(path, LearningJsonContext.Default.CorpusDraft);

    /// <summary>Every line of a file, or of every *.jsonl file in a folder, in file-name order.</summary>
    public static IReadOnlyList<T> Read<T>(string path, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(path);
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray()
            : [path];
        var result = new List<T>();
        foreach (var file in files)
        {
            using var reader = File.OpenText(file);
            result.AddRange(Read(reader, Path.GetFileName(file), type));
        }

        return result;
    }

    /// <summary>Every embedded resource whose name starts with the prefix, in name order.</summary>
    public static IReadOnlyList<T> ReadEmbedded<T>(Assembly assembly, string prefix, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var result = new List<T>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            result.AddRange(Read(reader, name, type));
        }

        return result;
    }

    public static IReadOnlyList<T> Read<T>(TextReader reader, string source, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<T>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                result.Add(JsonSerializer.Deserialize(line, type) ?? throw new JsonException("null"));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source} line {number}: not a valid record ({ex.Path})"), ex);
            }
        }

        return result;
    }
}
