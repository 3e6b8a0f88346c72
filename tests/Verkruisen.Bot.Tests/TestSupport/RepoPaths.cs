namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>Where the repository and the shared folder beside it are, found from the test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder (protocol, eval sets, docs) that sits beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Verkruisen.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Verkruisen.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
