namespace Verkruisen.Bot.CommandLine;

/// <summary>
/// Paths of the repository (the corpus, the shipped models) for the commands that train and evaluate: relative to
/// its root, the folder with Verkruisen.Bot.sln, found from the current folder upwards, then from the executable
/// (<c>dotnet run --project bot</c> runs in bot/).
/// </summary>
public static class RepositoryPaths
{
    private const string Marker = "Verkruisen.Bot.sln";

    /// <summary>A rooted path, or one that exists from the current folder, as it is; another relative one under the repository's root.</summary>
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        return FindRoot() is { } root ? Path.Combine(root, path) : Path.GetFullPath(path);
    }

    /// <summary>The repository's root; throws when run outside it.</summary>
    public static string Root() =>
        FindRoot() ?? throw new DirectoryNotFoundException($"Run this inside the repository: {Marker} was not found.");

    public static string In(params string[] parts) => Path.Combine([Root(), .. parts]);

    private static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker)))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }
}
