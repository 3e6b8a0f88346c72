namespace Verkruisen.Bot.EntraDirectory;

/// <summary>
/// Who someone's manager is, what they are called, and installing the bot for them. Microsoft Graph in Azure
/// (<see cref="GraphDirectory"/>); a configured static directory for the local Playground (<see cref="StaticDirectory"/>).
/// </summary>
public interface IDirectory
{
    /// <summary>The user's manager, or null when they have none (Graph answers 404).</summary>
    Task<DirectoryUser?> GetManagerAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The user, or null when the directory does not know them.</summary>
    Task<DirectoryUser?> GetUserAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Installs the Teams app for a user so the bot can open a 1:1 chat. True when it is installed now.</summary>
    Task<bool> InstallAppForUserAsync(string aadObjectId, CancellationToken cancellationToken);
}
