namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// Lets a test wait for a condition on recorded state without polling on a timer: whoever changes the state calls
/// <see cref="Pulse"/>, and <see cref="UntilAsync"/> checks the condition again after each change. On timeout the
/// failure says what did happen (<c>describe</c>), so a red test explains itself.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource next = NewSource();

    /// <summary>Something changed: wake every waiter to check its condition again.</summary>
    public void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    /// <summary>Returns as soon as <paramref name="condition"/> holds; throws a <see cref="TimeoutException"/> with <paramref name="describe"/>'s text when it does not within <paramref name="timeout"/>.</summary>
    public async Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(describe);
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var changed = Volatile.Read(ref next).Task; // taken before the check, so no change between the two is missed
            if (condition())
            {
                return;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                if (condition())
                {
                    return;
                }

                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s in vain. {describe()}");
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
