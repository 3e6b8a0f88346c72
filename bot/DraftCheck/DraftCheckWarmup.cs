namespace Verkruisen.Bot.DraftCheck;

/// <summary>Reads the draft models and checks one draft at start, so the first teacher's check does not pay for it.</summary>
public sealed class DraftCheckWarmup(DraftChecker checker) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        checker.Check("opwarmen", DraftContext.Unknown);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
