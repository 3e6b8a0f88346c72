using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// A Bot Connector on 127.0.0.1 that records what the bot sends (POST/PUT under /v3/conversations) and answers
/// with scripted statuses first (e.g. 429 then 503), then 200 with a new activity id.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> script = new();
    private readonly ChangeSignal changes = new();
    private volatile TaskCompletionSource? hang;
    private int nextId;
    private int nextConversation;

    private FakeConnector(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>Every request that reached the connector, in order, including refused attempts.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The activities the connector accepted (answered 200).</summary>
    public IReadOnlyList<RecordedRequest> Delivered => [.. Requests.Where(IsDelivered)];

    public string ServiceUrl { get; private set; } = "";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Map("/v3/conversations", connector.HandleAsync);
        app.Map("/v3/conversations/{**rest}", connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First().TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Answers the next requests with these statuses, in order, before going back to 200.</summary>
    public void Script(params (HttpStatusCode Status, string? RetryAfter)[] answers)
    {
        foreach (var answer in answers)
        {
            script.Enqueue(answer);
        }
    }

    /// <summary>From now on the connector accepts connections and reads requests but never answers (until <see cref="Recover"/>).</summary>
    public void Hang() => hang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Answers again; requests still held are dropped unanswered (their clients gave up long ago).</summary>
    public void Recover() => Interlocked.Exchange(ref hang, null)?.TrySetResult();

    /// <summary>Requests that arrived while the connector hung (never answered).</summary>
    public int Unanswered => Requests.Count(r => r.Status == 0);

    /// <summary>Drops the scripted answers not used yet: the connector answers 200 again.</summary>
    public void ClearScript() => script.Clear();

    /// <summary>Waits until at least <paramref name="count"/> activities were delivered; on timeout the failure lists what did arrive.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForDeliveredAsync(int count, TimeSpan? timeout = null)
    {
        await WaitForAsync(requests => requests.Count(IsDelivered) >= count, $"{count} delivered activities", timeout);
        return Delivered;
    }

    /// <summary>Waits until the recorded requests satisfy <paramref name="condition"/> (checked on each new request).</summary>
    public Task WaitForAsync(Func<IReadOnlyCollection<RecordedRequest>, bool> condition, string expected, TimeSpan? timeout = null) =>
        changes.UntilAsync(() => condition(Requests), timeout ?? TimeSpan.FromSeconds(90), () => $"Expected {expected}; the Connector got:\n{Describe()}");

    /// <summary>Every request the connector got, one line each: method, path, status and the text or card title.</summary>
    public string Describe() => Requests.IsEmpty
        ? "(nothing)"
        : string.Join('\n', Requests.Select(r => $"  {r.Method} {r.Path} -> {(int)r.Status}: {r.Summary}"));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static bool IsDelivered(RecordedRequest r) =>
        r.Status == HttpStatusCode.OK && r.Method != "GET" && r.Path.Contains("/activities", StringComparison.Ordinal);

    private void Record(RecordedRequest request)
    {
        Requests.Enqueue(request);
        changes.Pulse();
    }

    private async Task HandleAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            // TeamsInfo looks up members (e.g. on conversationUpdate): answer with a plain member.
            Record(new RecordedRequest("GET", http.Request.Path.Value ?? "", http.Request.Headers.Authorization.ToString(), null, HttpStatusCode.OK));
            await http.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = "29:user", ["name"] = "Test User" });
            return;
        }

        if (HttpMethods.IsPost(http.Request.Method) && (http.Request.Path.Value ?? "").TrimEnd('/') == "/v3/conversations")
        {
            // CreateConversation (a proactive 1:1 chat the bot opens): answer with a new conversation id.
            using var createReader = new StreamReader(http.Request.Body);
            var parameters = await createReader.ReadToEndAsync();
            Record(new RecordedRequest("POST", "/v3/conversations", http.Request.Headers.Authorization.ToString(), JObject.Parse(parameters), HttpStatusCode.Created));
            http.Response.StatusCode = (int)HttpStatusCode.Created;
            await http.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = "a:created-" + Interlocked.Increment(ref nextConversation) });
            return;
        }

        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (hang is { } held)
        {
            Record(new RecordedRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.Headers.Authorization.ToString(), null, 0));
            try
            {
                await held.Task.WaitAsync(http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }

            http.Abort();
            return;
        }

        var (status, retryAfter) = script.TryDequeue(out var scripted) ? scripted : (HttpStatusCode.OK, null);
        Record(new RecordedRequest(
            http.Request.Method,
            http.Request.Path.Value ?? "",
            http.Request.Headers.Authorization.ToString(),
            string.IsNullOrEmpty(body) ? null : JObject.Parse(body),
            status));
        http.Response.StatusCode = (int)status;
        if (retryAfter is not null)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }

        if (status == HttpStatusCode.OK)
        {
            var id = "activity-" + Interlocked.Increment(ref nextId);
            await http.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = id });
        }
    }
}

public sealed record RecordedRequest(string Method, string Path, string Authorization, JObject? Body, HttpStatusCode Status)
{
    /// <summary>The Adaptive Card content of the first attachment, or null.</summary>
    public JObject? Card => Body?["attachments"]?.FirstOrDefault()?["content"] as JObject;

    public string AllText => Body?.ToString() ?? "";

    /// <summary>For failure messages: the text, or the card's first text block, or the activity type.</summary>
    public string Summary =>
        (string?)Body?["text"] is { Length: > 0 } text ? "text \"" + text + "\""
        : Card is { } card ? "card \"" + (string?)card.SelectTokens("$..text").FirstOrDefault() + "\""
        : (string?)Body?["type"] ?? "(no body)";
}
