using Azure;
using Azure.Identity;

namespace Verkruisen.Bot.Storage;

/// <summary>
/// Table Storage failures a caller can survive (storage down for a moment): an error answer, retries exhausted
/// (the Azure SDK then throws an AggregateException), no connection, a time-out, or a credential not ready yet.
/// </summary>
public static class StorageFailure
{
    public static bool Is(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or TimeoutException or AuthenticationFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is),
        _ => false,
    };

    /// <summary>The HTTP status storage answered with, or 0 when it did not answer.</summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status,
        AggregateException aggregate => aggregate.InnerExceptions.Select(StatusOf).FirstOrDefault(s => s != 0),
        _ => 0,
    };
}
