using System.Text.Json.Nodes;

namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>
/// The unpacked package and a broken copy of it per <see cref="AppPackageTests.BrokenFiles"/> case, validated in one run
/// of the validator the first time a test asks (one Node start and one load of the schemas instead of eight; about
/// 1.2 s of CPU each). Each case gets the exit code and output its own run would have had.
/// </summary>
public sealed class PackageValidations : IDisposable
{
    /// <summary>The key of the unpacked package itself.</summary>
    public const string Unchanged = "unchanged";

    private readonly SemaphoreSlim gate = new(1, 1);

    private readonly string root = Directory.CreateTempSubdirectory("appPackage-broken-").FullName;

    private IReadOnlyDictionary<string, CommandRun>? results;

    public static string Key(string file, string path) => file + ":" + path;

    public async Task<IReadOnlyDictionary<string, CommandRun>> GetAsync(string unpacked)
    {
        await gate.WaitAsync();
        try
        {
            return results ??= await ValidateAsync(unpacked);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private async Task<IReadOnlyDictionary<string, CommandRun>> ValidateAsync(string unpacked)
    {
        var folders = new Dictionary<string, string> { [Unchanged] = unpacked };
        foreach (var data in AppPackageTests.BrokenFiles)
        {
            var (file, path, value) = ((string)data[0], (string)data[1], (string)data[2]);
            var broken = Path.Combine(root, folders.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(broken);
            foreach (var name in Directory.GetFiles(unpacked))
            {
                File.Copy(name, Path.Combine(broken, Path.GetFileName(name)));
            }

            var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(broken, file)))!;
            if (file == "manifest.json")
            {
                SetByPath(json, path, value);
            }
            else
            {
                json[path] = value; // localization files have flat keys
            }

            await File.WriteAllTextAsync(Path.Combine(broken, file), json.ToJsonString());
            folders[Key(file, path)] = broken;
        }

        var byFolder = await PackageCommand.ValidateAllAsync(folders.Values);
        return folders.ToDictionary(pair => pair.Key, pair => byFolder[pair.Value]);
    }

    /// <summary>Sets a value by a dotted path (numbers index arrays).</summary>
    private static void SetByPath(JsonNode json, string path, string value)
    {
        var parts = path.Split('.');
        var node = json;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? node[index]! : node[part]!;
        }

        if (int.TryParse(parts[^1], out var last))
        {
            node[last] = value;
        }
        else
        {
            node[parts[^1]] = value;
        }
    }
}
