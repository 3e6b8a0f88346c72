using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also records when each timer created on it is due, so a test can wait for a
/// background loop to have finished its tick: the loop's next <c>Task.Delay(…, time)</c> arms a timer due at a
/// known moment. That is the barrier to assert "nothing happened" after a tick, instead of a real-time sleep.
/// </summary>
public sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentQueue<DateTimeOffset> armed = new();
    private readonly ChangeSignal changes = new();

    /// <summary>The due times of every timer armed so far, in order.</summary>
    public IReadOnlyCollection<DateTimeOffset> Armed => armed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            armed.Enqueue(GetUtcNow() + dueTime);
            changes.Pulse();
        }

        return timer;
    }

    /// <summary>Waits until a timer due at exactly <paramref name="due"/> has been armed.</summary>
    public Task WaitForTimerAsync(DateTimeOffset due, TimeSpan? timeout = null) =>
        changes.UntilAsync(
            () => armed.Contains(due),
            timeout ?? TimeSpan.FromSeconds(90),
            () => $"No timer due at {due:u} was armed (now {GetUtcNow():u}); armed: {string.Join(", ", armed.Select(a => a.ToString("u", CultureInfo.InvariantCulture)))}.");
}
