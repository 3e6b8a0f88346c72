using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// Microsoft Graph as recorded JSON behind a mocked HttpMessageHandler: the real Graph SDK (with its default
/// middleware) talks to it and nothing leaves the process. People, managers and installed apps are set per test.
/// </summary>
public sealed partial class FakeGraph : HttpMessageHandler
{
    public ConcurrentDictionary<string, string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>user → manager; a user without an entry has none (Graph answers 404).</summary>
    public ConcurrentDictionary<string, string> Managers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Users the app is installed for already (installing again answers 409).</summary>
    public ConcurrentDictionary<string, bool> Installed { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<(string Method, string Path)> Requests { get; } = new();

    /// <summary>The real Graph SDK client over this handler, without credentials.</summary>
    public GraphServiceClient CreateClient() =>
        new(GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: this), new AnonymousAuthenticationProvider());

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requests.Enqueue((request.Method.Method, path));
        var match = UserPath().Match(path);
        if (!match.Success)
        {
            return Json(HttpStatusCode.NotFound, "graph-not-found.json");
        }

        var user = match.Groups["user"].Value;
        var rest = match.Groups["rest"].Value;
        if (request.Method == HttpMethod.Get && rest == "/manager")
        {
            return Managers.TryGetValue(user, out var manager)
                ? Json(HttpStatusCode.OK, "graph-manager.json", ("{id}", manager), ("{displayName}", Names.GetValueOrDefault(manager, manager)))
                : Json(HttpStatusCode.NotFound, "graph-not-found.json");
        }

        if (request.Method == HttpMethod.Get && rest.Length == 0)
        {
            return Names.TryGetValue(user, out var name)
                ? Json(HttpStatusCode.OK, "graph-user.json", ("{id}", user), ("{displayName}", name))
                : Json(HttpStatusCode.NotFound, "graph-not-found.json");
        }

        if (request.Method == HttpMethod.Post && rest == "/teamwork/installedApps")
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            if (!body.Contains("appCatalogs/teamsApps/", StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.BadRequest);
            }

            return Installed.TryAdd(user, true)
                ? Json(HttpStatusCode.Created, "graph-installed-app.json", ("{id}", user), ("{installationId}", Guid.NewGuid().ToString()))
                : Json(HttpStatusCode.Conflict, "graph-conflict.json");
        }

        return Json(HttpStatusCode.NotFound, "graph-not-found.json");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string file, params (string Placeholder, string Value)[] values)
    {
        var text = File.ReadAllText(RepoPaths.InRepo("tests", "Verkruisen.Bot.Tests", "Approvals", "Data", file));
        foreach (var (placeholder, value) in values)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
    }

    [GeneratedRegex("^/v1.0/users/(?<user>[^/]+)(?<rest>.*)$")]
    private static partial Regex UserPath();
}
