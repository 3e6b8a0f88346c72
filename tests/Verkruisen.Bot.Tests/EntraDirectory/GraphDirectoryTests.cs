using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.EntraDirectory;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.EntraDirectory;

/// <summary>The Graph directory through the real Graph SDK over recorded JSON (no network).</summary>
public sealed class GraphDirectoryTests
{
    private static (GraphDirectory Directory, FakeGraph Graph) Create(string? catalogId = "5f4e0000-0000-4000-8000-00000000a99f")
    {
        var graph = new FakeGraph();
        graph.Names["u1"] = "Juf Anna";
        graph.Names["m1"] = "Meester Bram";
        graph.Managers["u1"] = "m1";
        var directory = new GraphDirectory(
            graph.CreateClient(),
            new MemoryCache(new MemoryCacheOptions()),
            Options.Create(new DirectoryOptions { TeamsAppCatalogId = catalogId }),
            NullLogger<GraphDirectory>.Instance);
        return (directory, graph);
    }

    [Fact]
    public async Task GetManager_Known_ReturnsIdAndNameAndIsCached()
    {
        var (directory, graph) = Create();

        var first = await directory.GetManagerAsync("u1", CancellationToken.None);
        var second = await directory.GetManagerAsync("u1", CancellationToken.None);

        Assert.Equal(new DirectoryUser("m1", "Meester Bram"), first);
        Assert.Equal(first, second);
        Assert.Single(graph.Requests, r => r.Path == "/v1.0/users/u1/manager");
    }

    [Fact]
    public async Task GetManager_GraphSays404_IsNullAndTheAnswerIsCached()
    {
        var (directory, graph) = Create();

        Assert.Null(await directory.GetManagerAsync("m1", CancellationToken.None));
        Assert.Null(await directory.GetManagerAsync("m1", CancellationToken.None));
        Assert.Single(graph.Requests, r => r.Path == "/v1.0/users/m1/manager");
    }

    [Fact]
    public async Task GetUser_KnownAndUnknown()
    {
        var (directory, _) = Create();

        Assert.Equal("Juf Anna", (await directory.GetUserAsync("u1", CancellationToken.None))?.DisplayName);
        Assert.Null(await directory.GetUserAsync("nobody", CancellationToken.None));
    }

    [Fact]
    public async Task InstallApp_NewThenAlreadyInstalled_BothTrue()
    {
        var (directory, graph) = Create();

        Assert.True(await directory.InstallAppForUserAsync("m1", CancellationToken.None));
        Assert.True(await directory.InstallAppForUserAsync("m1", CancellationToken.None)); // 409: already installed
        Assert.Equal(2, graph.Requests.Count(r => r == ("POST", "/v1.0/users/m1/teamwork/installedApps")));
    }

    [Fact]
    public async Task InstallApp_NoCatalogIdConfigured_FalseWithoutCallingGraph()
    {
        var (directory, graph) = Create(catalogId: null);

        Assert.False(await directory.InstallAppForUserAsync("m1", CancellationToken.None));
        Assert.Empty(graph.Requests);
    }
}
