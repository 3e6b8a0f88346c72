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
    public void Is_ABug_IsNoStorageFailure() =>
        Assert.False(StorageFailure.Is(new InvalidOperationException("a bug")));
}
