using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams.Outbox;

/// <summary>
/// Delivers the outbox: each due reply is claimed (ETag), sent once through its stored conversation reference, and
/// removed. A failure that may pass puts it back, after the Connector's Retry-After or a growing back-off; one that
/// cannot, or a reply older than Teams:Outbox:MaxAge, removes it. The one case of a second copy: the Connector accepted
/// an attempt but its answer never arrived (an ambiguous time-out), and the next attempt sends it again.
/// </summary>
public sealed partial class OutboxSender(
    OutboxStore store,
    OutboxSignal signal,
    TeamsAdapter adapter,
    Tables tables,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await tables.WhenReadyAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (StorageFailure.Is(e, stoppingToken))
                {
                    Log.PassFailed(logger, e.GetType().Name);
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass over the due replies; returns how many were delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var entity in await store.DueAsync(Batch, cancellationToken))
        {
            if (time.GetUtcNow() - entity.CreatedAt > options.Value.MaxAge)
            {
                Log.Expired(logger, entity.RowKey, entity.Attempts);
                await store.RemoveAsync(entity, cancellationToken);
                continue;
            }

            if (!await store.ClaimAsync(entity, options.Value.AttemptBudget, cancellationToken))
            {
                continue; // another instance has it
            }

            var failure = await SendAsync(entity, cancellationToken);
            if (failure is null)
            {
                await store.RemoveAsync(entity, cancellationToken);
                Log.Delivered(logger, entity.RowKey, entity.Attempts);
                delivered++;
            }
            else if (ConnectorFailure.IsTransient(failure))
            {
                var wait = ConnectorFailure.RetryAfterOf(failure, time.GetUtcNow())
                    ?? TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Min(entity.Attempts, 9))));
                await store.PostponeAsync(entity, wait, cancellationToken);
                Log.Postponed(logger, entity.RowKey, entity.Attempts, failure.GetType().Name, wait);
            }
            else
            {
                await store.RemoveAsync(entity, cancellationToken);
                Log.Refused(logger, entity.RowKey, failure.GetType().Name);
            }
        }

        return delivered;
    }

    /// <summary>One attempt within the attempt budget; the failure, or null when the Connector accepted the reply.</summary>
    private async Task<Exception?> SendAsync(OutboxEntity entity, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.AttemptBudget);
        ReplyBudget.Set(budget.Token);
        try
        {
            var reply = OutboxStore.ActivityOf(entity);
            await adapter.ContinueConversationAsync(
                credentials.Value.MicrosoftAppId ?? "",
                OutboxStore.ReferenceOf(entity),
                async (turnContext, ct) =>
                {
                    turnContext.TurnState.Add(ReplyOutbox.DeliveringKey, (object)true);
                    try
                    {
                        await turnContext.SendActivityAsync(reply, budget.Token);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        failure = e; // here, not in the adapter's turn-error handler (it would message the user)
                    }
                },
                budget.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            failure = e;
        }

        return failure;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Outbox reply {OutboxId} delivered (attempt {Attempt})")]
        public static partial void Delivered(ILogger logger, string outboxId, int attempt);

        [LoggerMessage(2, LogLevel.Warning, "Outbox reply {OutboxId} attempt {Attempt} failed ({ErrorType}); next try in {Wait}")]
        public static partial void Postponed(ILogger logger, string outboxId, int attempt, string errorType, TimeSpan wait);

        [LoggerMessage(3, LogLevel.Warning, "Outbox reply {OutboxId} refused by the Connector ({ErrorType}): dropped")]
        public static partial void Refused(ILogger logger, string outboxId, string errorType);

        [LoggerMessage(4, LogLevel.Warning, "Outbox reply {OutboxId} dropped after {Attempts} attempts: older than Teams:Outbox:MaxAge")]
        public static partial void Expired(ILogger logger, string outboxId, int attempts);

        [LoggerMessage(5, LogLevel.Warning, "Outbox pass failed ({ErrorType}); the next pass retries")]
        public static partial void PassFailed(ILogger logger, string errorType);
    }
}
