using System.Globalization;
using System.Net;
using Microsoft.Bot.Schema;

namespace Verkruisen.Bot.Teams.Outbox;

/// <summary>
/// Which failures of a call to the Connector may succeed later (no connection, a time-out, 429, 412, 5xx) and which
/// cannot (400, 401, 403, 404, a request that cannot even be written, such as an invalid header, an untrusted host).
/// </summary>
public static class ConnectorFailure
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        ErrorResponseException r => r.Response?.StatusCode is { } status && IsTransient(status),
        UntrustedServiceUrlException => false,
        HttpRequestException h => IsTransient(h),
        TimeoutException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException => true,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(IsTransient),
        _ => false,
    };

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout
        or HttpStatusCode.RequestTimeout;

    /// <summary>
    /// A transport failure (no connection, name not found, connection lost) may pass; a request that could not be
    /// written (HttpRequestError.Unknown without an I/O cause: e.g. a header with non-ASCII characters) never will.
    /// </summary>
    public static bool IsTransient(HttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is not UntrustedServiceUrlException
            && (exception.HttpRequestError != HttpRequestError.Unknown
                || exception.InnerException is IOException or System.Net.Sockets.SocketException);
    }

    /// <summary>The wait the Connector asked for (Retry-After in seconds or as a date), if any.</summary>
    public static TimeSpan? RetryAfterOf(Exception exception, DateTimeOffset now)
    {
        if (exception is not ErrorResponseException { Response.Headers: { } headers }
            || !headers.TryGetValue("Retry-After", out var values) || values?.FirstOrDefault() is not { } value)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, 3600));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at > now
            ? TimeSpan.FromTicks(Math.Min((at - now).Ticks, TimeSpan.FromHours(1).Ticks))
            : null;
    }
}
