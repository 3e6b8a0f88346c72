using System.Buffers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Verkruisen.Bot.Teams.Inbound;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// POST /api/messages: reads the body within the size limit, refuses what is not an activity with a 4xx and
/// a reason, and hands the activity to the adapter. Nothing here logs message text.
/// </summary>
public static partial class MessagesEndpoint
{
    /// <remarks>
    /// A <see cref="RequestDelegate"/> that takes its services from the request, not a delegate with parameters: that
    /// would be bound by ASP.NET Core's RequestDelegateFactory, which compiles expression trees at start (it loads
    /// System.Linq.Expressions and the JIT compiles what it emits; README, "Memory on a small App Service plan").
    /// </remarks>
    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var adapter = services.GetRequiredService<TeamsAdapter>();
        var bot = services.GetRequiredService<IBot>();
        var options = services.GetRequiredService<IOptions<TeamsOptions>>();
        var limits = options.Value;
        var body = await ReadBodyAsync(http.Request, limits.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            await ProblemAsync(http, 413, "PayloadTooLarge", $"The request body is larger than {limits.MaxRequestBytes} bytes.");
            return;
        }

        if (Read(body, out var activity) is { } problem)
        {
            Log.Refused(Logger(http), problem.StatusCode, problem.Code);
            await ProblemAsync(http, problem.StatusCode, problem.Code, problem.Detail);
            return;
        }

        if (activity.Text?.Length > limits.MaxTextChars)
        {
            Log.Refused(Logger(http), 413, "TextTooLong");
            await ProblemAsync(http, 413, "TextTooLong", $"The activity's text is longer than {limits.MaxTextChars} characters.");
            return;
        }

        if (InboundValidator.CheckSdkShapes(activity) is { } unreadable)
        {
            Log.Refused(Logger(http), unreadable.StatusCode, unreadable.Code);
            await ProblemAsync(http, unreadable.StatusCode, unreadable.Code, unreadable.Detail);
            return;
        }

        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await adapter.HandleAsync(http.Request.Headers.Authorization.ToString(), activity, bot, http.RequestAborted);
        }
        catch (InboundRejectedException rejected)
        {
            Log.Refused(Logger(http), rejected.StatusCode, rejected.Code);
            if (rejected.StatusCode == 503)
            {
                http.Response.Headers.RetryAfter = "30";
            }

            await ProblemAsync(http, rejected.StatusCode, rejected.Code, rejected.Message);
            return;
        }

        await InvokeResponseWriter.WriteAsync(http.Response, invokeResponse, http.RequestAborted);
    }

    /// <summary>The body checked as JSON, against the schema, and as an SDK activity; null when it is one the bot can read.</summary>
    private static InboundProblem? Read(string body, out Activity activity)
    {
        activity = null!;
        if (string.IsNullOrWhiteSpace(body))
        {
            return InboundValidator.MissingType;
        }

        if (InboundValidator.CheckJson(body) is { } problem)
        {
            return problem;
        }

        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(body, HttpHelper.BotMessageSerializerSettings)!;
            return activity is null ? InboundValidator.Malformed : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Json.NET's message quotes the input: it is not logged or returned.
            return InboundValidator.Malformed;
        }
    }

    /// <summary>
    /// The body as text, or null when it is larger than <paramref name="maxBytes"/>. Read into a pooled buffer of the
    /// announced length (most requests announce it): no buffer per request and no copying while it grows.
    /// </summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } announced ? (int)announced + 1 : 16 * 1024);
        try
        {
            var count = 0;
            while (true)
            {
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(count), cancellationToken);
                if (read == 0)
                {
                    return System.Text.Encoding.UTF8.GetString(buffer, 0, count);
                }

                count += read;
                if (count > maxBytes)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The endpoint's logger, asked for only on the paths that log (a refusal), not on every request.</summary>
    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint));

    private static Task ProblemAsync(HttpContext http, int status, string code, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: code, extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(http);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "POST /api/messages refused with {StatusCode}: {Code}")]
        public static partial void Refused(ILogger logger, int statusCode, string code);
    }
}
