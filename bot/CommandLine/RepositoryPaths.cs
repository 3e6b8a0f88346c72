namespace Verkruisen.Bot.CommandLine;

/// <summary>Paths in the repository (the corpus, the shipped models) for the train and eval commands.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding Verkruisen.Bot.sln, looked for upwards from the working directory, then from the executable.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Verkruisen.Bot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Run this inside the repository: Verkruisen.Bot.sln was not found.");
    }

    public static string In(params string[] parts) => Path.Combine([Root(), .. parts]);
}
