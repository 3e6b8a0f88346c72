namespace Verkruisen.Bot.Guidelines;

/// <summary>Builds the question engine's index at start, so the first question (or search) does not pay for it.</summary>
public sealed class QuestionEngineWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<QuestionEngine>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
