using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Verkruisen.AppPackage;

/// <summary>
/// Builds the Teams app package from the template folder: manifest.json and the files it names (icons, localization
/// files), every JSON file with its placeholders filled, all at the zip root. Writes the filled files to a folder
/// (for validation) and the zip beside it; writes nothing when a setting is missing.
/// </summary>
public static class AppPackageBuilder
{
    public const string ManifestFile = "manifest.json";

    public static AppPackage Build(string sourceFolder, Func<string, string?> setting, string outputFolder, string environment)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var manifest = Fill(sourceFolder, ManifestFile, setting);
        var named = FilesNamedBy(JsonNode.Parse(manifest.Text)!);
        var filled = named.Where(IsJson).Select(name => (Name: name, Result: Fill(sourceFolder, name, setting))).Prepend((Name: ManifestFile, Result: manifest)).ToList();
        var missing = filled.SelectMany(f => f.Result.Missing).Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new MissingSettingsException(missing);
        }

        var files = filled.Select(f => (f.Name, Content: Encoding.UTF8.GetBytes(f.Result.Text)))
            .Concat(named.Where(n => !IsJson(n)).Select(name => (Name: name, Content: File.ReadAllBytes(Path.Combine(sourceFolder, name)))))
            .ToList();

        var folder = Path.Combine(outputFolder, $"appPackage.{environment}");
        var zip = folder + ".zip";
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }

        File.Delete(zip);
        ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.Optimal, includeBaseDirectory: false);
        return new AppPackage(folder, zip, [.. files.Select(f => f.Name)]);
    }

    /// <summary>The package files the manifest refers to; each must be a plain file name (the zip root).</summary>
    public static IReadOnlyList<string> FilesNamedBy(JsonNode manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var icons = manifest["icons"];
        var localization = manifest["localizationInfo"];
        string?[] named =
        [
            (string?)icons?["color"],
            (string?)icons?["outline"],
            (string?)icons?["color32x32"],
            (string?)localization?["defaultLanguageFile"],
            .. (localization?["additionalLanguages"]?.AsArray() ?? []).Select(l => (string?)l?["file"]),
        ];
        var files = named.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var nested = files.FirstOrDefault(f => f != Path.GetFileName(f) || f == ManifestFile);
        return nested is null
            ? files
            : throw new InvalidDataException($"'{nested}' must be a file name at the package root.");
    }

    private static bool IsJson(string name) => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static TemplateResult Fill(string sourceFolder, string name, Func<string, string?> setting)
    {
        var result = PlaceholderTemplate.Fill(File.ReadAllText(Path.Combine(sourceFolder, name)), setting);
        if (result.IsComplete)
        {
            try
            {
                using var _ = JsonDocument.Parse(result.Text);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{name} is not valid JSON after filling in the settings: {e.Message}", e);
            }
        }

        return result;
    }
}
