using System.Buffers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using System.Text.Json.Nodes;
using Verkruisen.Bot.Teams.Inbound;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// POST /api/messages: reads the body within the size limit, refuses what is not an activity with a 4xx and
/// a reason, and hands the activity to the adapter. Nothing here logs message text.
/// </summary>
public static partial class MessagesEndpoint
{
    public static async Task HandleAsync(
        HttpContext http,
        TeamsAdapter adapter,
        IBot bot,
        IOptions<TeamsOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var limits = options.Value;
        var body = await ReadBodyAsync(http.Request, limits.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            await ProblemAsync(http, 413, "PayloadTooLarge", $"The request body is larger than {limits.MaxRequestBytes} bytes.");
            return;
        }

        if (Read(body, out var activity) is { } problem)
        {
            Log.Refused(logger, problem.StatusCode, problem.Code);
            await ProblemAsync(http, problem.StatusCode, problem.Code, problem.Detail);
            return;
        }

        if (activity.Text?.Length > limits.MaxTextChars)
        {
            Log.Refused(logger, 413, "TextTooLong");
            await ProblemAsync(http, 413, "TextTooLong", $"The activity's text is longer than {limits.MaxTextChars} characters.");
            return;
        }

        if (InboundValidator.CheckSdkShapes(activity) is { } unreadable)
        {
            Log.Refused(logger, unreadable.StatusCode, unreadable.Code);
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
            Log.Refused(logger, rejected.StatusCode, rejected.Code);
            if (rejected.StatusCode == 503)
            {
                http.Response.Headers.RetryAfter = "30";
            }

            await ProblemAsync(http, rejected.StatusCode, rejected.Code, rejected.Message);
            return;
        }

        await HttpHelper.WriteResponseAsync(http.Response, invokeResponse);
    }

    /// <summary>The body checked as JSON, against the schema, and as an SDK activity; null when it is one the bot can read.</summary>
    private static InboundProblem? Read(string body, out Activity activity)
    {
        activity = null!;
        if (string.IsNullOrWhiteSpace(body))
        {
            return new InboundProblem(400, "MissingType", "The activity has no type.");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return new InboundProblem(400, "MalformedJson", "The request body is not a valid JSON activity.");
        }

        if (InboundValidator.CheckJson(node) is { } problem)
        {
            return problem;
        }

        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(body, HttpHelper.BotMessageSerializerSettings)!;
            return activity is null ? new InboundProblem(400, "MalformedJson", "The request body is not a valid JSON activity.") : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Json.NET's message quotes the input: it is not logged or returned.
            return new InboundProblem(400, "MalformedJson", "The request body is not a valid JSON activity.");
        }
    }

    /// <summary>The body as text, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes, (int)(request.ContentLength ?? 16 * 1024)) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(8 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static Task ProblemAsync(HttpContext http, int status, string code, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: code, extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(http);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "POST /api/messages refused with {StatusCode}: {Code}")]
        public static partial void Refused(ILogger logger, int statusCode, string code);
    }
}
