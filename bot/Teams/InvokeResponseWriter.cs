using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// Writes an invoke's answer as the SDK's HttpHelper does (its serializer settings, 200 when there is none), but
/// without indentation and with its length: a search answer is 10% smaller on the wire and is not chunked.
/// </summary>
public static class InvokeResponseWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly JsonSerializer Compact = CreateCompact();

    public static async Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status200OK;
        if (invokeResponse?.Body is not { } body)
        {
            return;
        }

        using var buffer = new MemoryStream(8 * 1024);
        using (var writer = new StreamWriter(buffer, Utf8, 4 * 1024, leaveOpen: true))
        using (var json = new JsonTextWriter(writer))
        {
            Compact.Serialize(json, body);
        }

        response.ContentType = "application/json";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }

    private static JsonSerializer CreateCompact()
    {
        var serializer = JsonSerializer.Create(HttpHelper.BotMessageSerializerSettings);
        serializer.Formatting = Formatting.None;
        return serializer;
    }
}
