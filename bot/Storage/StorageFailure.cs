using Azure;
using Azure.Identity;

namespace Verkruisen.Bot.Storage;

/// <summary>
/// Table Storage failures a caller can survive (storage down for a moment): an error answer, retries exhausted
/// (the Azure SDK then throws an AggregateException), no connection, a time-out (also the SDK's own network time-out,
/// which it throws as a cancellation caused by a <see cref="TimeoutException"/>: storage that accepts a connection
/// and never answers), or a credential not ready yet. A cancellation by the caller is not a storage failure.
/// </summary>
public static class StorageFailure
{
    public static bool Is(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or TimeoutException or AuthenticationFailedException => true,
        OperationCanceledException { InnerException: TimeoutException } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is),
        _ => false,
    };

    /// <summary>
    /// Also a cancellation the caller did not ask for: its token is not cancelled, so the Azure SDK's own network
    /// time-out cancelled the call (it does not always say so with a <see cref="TimeoutException"/>).
    /// </summary>
    public static bool Is(Exception exception, CancellationToken caller) => exception switch
    {
        OperationCanceledException when !caller.IsCancellationRequested => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => Is(e, caller)),
        _ => Is(exception),
    };

    /// <summary>The HTTP status storage answered with, or 0 when it did not answer.</summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status,
        AggregateException aggregate => aggregate.InnerExceptions.Select(StatusOf).FirstOrDefault(s => s != 0),
        _ => 0,
    };
}
