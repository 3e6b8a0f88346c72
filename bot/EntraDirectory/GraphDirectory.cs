using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace Verkruisen.Bot.EntraDirectory;

/// <summary>
/// The directory in Microsoft Graph v1.0 (application permissions User.Read.All and
/// TeamsAppInstallation.ReadWriteSelfForUser.All). Manager and user lookups are cached briefly, "none" included.
/// </summary>
public sealed partial class GraphDirectory(
    GraphServiceClient graph,
    IMemoryCache cache,
    IOptions<DirectoryOptions> options,
    ILogger<GraphDirectory> logger) : IDirectory
{
    private static readonly string[] Fields = ["id", "displayName"];

    public Task<DirectoryUser?> GetManagerAsync(string aadObjectId, CancellationToken cancellationToken) =>
        CachedAsync("manager:" + aadObjectId, async () =>
        {
            var manager = await graph.Users[aadObjectId].Manager.GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken);
            return manager?.Id is { } id ? new DirectoryUser(id, (manager as User)?.DisplayName ?? id) : null;
        });

    public Task<DirectoryUser?> GetUserAsync(string aadObjectId, CancellationToken cancellationToken) =>
        CachedAsync("user:" + aadObjectId, async () =>
        {
            var user = await graph.Users[aadObjectId].GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken);
            return user?.Id is { } id ? new DirectoryUser(id, user.DisplayName ?? id) : null;
        });

    public async Task<bool> InstallAppForUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.TeamsAppCatalogId))
        {
            Log.NoCatalogId(logger);
            return false;
        }

        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{options.Value.TeamsAppCatalogId}",
            },
        };
        try
        {
            await graph.Users[aadObjectId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
            Log.Installed(logger, aadObjectId);
            return true;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            return true; // already installed
        }
        catch (ODataError e)
        {
            Log.InstallFailed(logger, aadObjectId, e.ResponseStatusCode);
            return false;
        }
    }

    private async Task<DirectoryUser?> CachedAsync(string key, Func<Task<DirectoryUser?>> lookup)
    {
        if (cache.TryGetValue(key, out DirectoryUser? cached))
        {
            return cached;
        }

        DirectoryUser? found;
        try
        {
            found = await lookup();
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            found = null;
        }

        cache.Set(key, found, options.Value.CacheDuration);
        return found;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Teams app installed for user {AadObjectId}")]
        public static partial void Installed(ILogger logger, string aadObjectId);

        [LoggerMessage(2, LogLevel.Warning, "Installing the Teams app for user {AadObjectId} failed with status {Status}")]
        public static partial void InstallFailed(ILogger logger, string aadObjectId, int status);

        [LoggerMessage(3, LogLevel.Warning, "Directory:TeamsAppCatalogId is not set: the app cannot be installed for a manager")]
        public static partial void NoCatalogId(ILogger logger);
    }
}
