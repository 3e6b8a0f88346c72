using Azure;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Tests.Storage;

public sealed class StorageFailureTests
{
    [Fact]
    public void Is_TheSdksNetworkTimeout_IsAStorageFailure()
    {
        // How Azure.Core reports a try that exceeded Retry.NetworkTimeout: storage accepted and never answered.
        var timedOut = new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout.", new TimeoutException());

        Assert.True(StorageFailure.Is(timedOut));
        Assert.True(StorageFailure.Is(new AggregateException(timedOut, new RequestFailedException(503, "busy"))));
    }

    [Fact]
    public void Is_TheCallersCancellation_IsNoStorageFailure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(StorageFailure.Is(new OperationCanceledException(cancelled.Token)));
        Assert.False(StorageFailure.Is(new AggregateException(new TaskCanceledException(), new RequestFailedException(503, "busy"))));
    }

    [Fact]
    public void Is_ACancellationTheCallerDidNotAskFor_IsAStorageFailure()
    {
        // The SDK's network time-out as Azure.Core may throw it after its retries: cancellations without a cause.
        var retriesTimedOut = new AggregateException(new TaskCanceledException("timed out"), new TaskCanceledException("timed out"));

        Assert.False(StorageFailure.Is(retriesTimedOut));
        Assert.True(StorageFailure.Is(retriesTimedOut, CancellationToken.None));
    }

    [Fact]
    public void Is_TheCallersOwnCancellationOrABug_IsNoStorageFailureWithTheToken()
    {
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();

        Assert.False(StorageFailure.Is(new OperationCanceledException(stopping.Token), stopping.Token));
        Assert.False(StorageFailure.Is(new AggregateException(new TaskCanceledException(), new InvalidOperationException("a bug")), CancellationToken.None));
        Assert.False(StorageFailure.Is(new InvalidOperationException("a bug"), CancellationToken.None));
    }

    [Fact]
    public void Is_ABug_IsNoStorageFailure() =>
        Assert.False(StorageFailure.Is(new InvalidOperationException("a bug")));
}
