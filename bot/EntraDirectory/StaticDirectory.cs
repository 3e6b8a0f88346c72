using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.EntraDirectory;

/// <summary>
/// The Development-only directory (Directory:Static): managers and names from configuration, for the local
/// Playground where there is no Graph. Installing the app is a no-op: the Playground needs none.
/// </summary>
public sealed class StaticDirectory(IOptions<DirectoryOptions> options) : IDirectory
{
    private StaticDirectoryOptions Config => options.Value.Static ?? new StaticDirectoryOptions();

    public Task<DirectoryUser?> GetManagerAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Config.Managers.TryGetValue(aadObjectId, out var manager) ? User(manager) : null);

    public Task<DirectoryUser?> GetUserAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Config.Names.ContainsKey(aadObjectId) || Config.Managers.ContainsKey(aadObjectId) ? User(aadObjectId) : null);

    public Task<bool> InstallAppForUserAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult(true);

    private DirectoryUser User(string aadObjectId) =>
        new(aadObjectId, Config.Names.TryGetValue(aadObjectId, out var name) ? name : aadObjectId);
}
