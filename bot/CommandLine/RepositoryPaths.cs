namespace Verkruisen.Bot.CommandLine;

/// <summary>
/// Paths of the repository for the commands that train and evaluate: relative to its root (the folder with
/// Verkruisen.Bot.sln, found from the current folder upwards; <c>dotnet run --project bot</c> runs in bot/).
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

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return Path.Combine(folder.FullName, path);
            }
        }

        return Path.GetFullPath(path);
    }
}
