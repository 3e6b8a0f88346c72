using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams.Outbox;

/// <summary>
/// Adapter middleware: every reply a turn sends gets Teams:Outbox:ReplyBudget, retries included (the Connector client's
/// retries stop when it runs out). A reply that could not go out in time for a reason that may pass is queued in the
/// outbox and the turn goes on as if sent; <see cref="OutboxSender"/> delivers it later, once. A reply the Connector
/// refuses for good (400, 401, 403, 404, an invalid request) is not retried and not queued.
/// </summary>
public sealed partial class ReplyOutbox(
    OutboxStore store,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<ReplyOutbox> logger) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>Turn state key set by the outbox sender: its own sends are not budgeted or queued again.</summary>
    public const string DeliveringKey = "Verkruisen.Outbox.Delivering";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        turnContext.OnSendActivities(async (context, activities, sendNext) =>
        {
            if (context.TurnState.ContainsKey(DeliveringKey) || IsProactive(context.Activity) || activities.Count != 1
                || activities[0].Type is ActivityTypesEx.InvokeResponse or ActivityTypes.Delay or ActivityTypes.Trace)
            {
                return await sendNext();
            }

            using var budget = new CancellationTokenSource(options.Value.ReplyBudget);
            ReplyBudget.Set(budget.Token);
            try
            {
                return await sendNext();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return [await QueueOrDropAsync(context, activities[0], e, cancellationToken)];
            }
        });
        await next(cancellationToken);
    }

    /// <summary>
    /// A send outside an inbound turn (the outbound port's, the outbox's own): its caller keeps its own budget and
    /// follow-up, and must see the failure (a queued copy besides the caller's retry would be a second message).
    /// </summary>
    private static bool IsProactive(Activity activity) => activity.Type == ActivityTypes.Event
        && activity.Name is ActivityEventNames.ContinueConversation or ActivityEventNames.CreateConversation;

    private async Task<ResourceResponse> QueueOrDropAsync(ITurnContext context, Activity reply, Exception failure, CancellationToken cancellationToken)
    {
        if (!ConnectorFailure.IsTransient(failure))
        {
            Log.Refused(logger, LoggableId.Of(context.Activity.Id), failure.GetType().Name);
            return new ResourceResponse();
        }

        try
        {
            if (await store.EnqueueAsync(context.Activity.GetConversationReference(), reply, cancellationToken))
            {
                signal.Notify();
                Log.Queued(logger, LoggableId.Of(context.Activity.Id), failure.GetType().Name);
                return new ResourceResponse();
            }

            Log.TooLarge(logger, LoggableId.Of(context.Activity.Id));
        }
        catch (Exception e) when (StorageFailure.Is(e, cancellationToken))
        {
            Log.Lost(logger, LoggableId.Of(context.Activity.Id), e.GetType().Name);
        }

        return new ResourceResponse();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Reply to activity {ActivityId} not sent in time ({ErrorType}): queued in the outbox")]
        public static partial void Queued(ILogger logger, string? activityId, string errorType);

        [LoggerMessage(2, LogLevel.Warning, "Reply to activity {ActivityId} refused by the Connector ({ErrorType}): not retried")]
        public static partial void Refused(ILogger logger, string? activityId, string errorType);

        [LoggerMessage(3, LogLevel.Error, "Reply to activity {ActivityId} could not be sent nor queued (storage: {ErrorType})")]
        public static partial void Lost(ILogger logger, string? activityId, string errorType);

        [LoggerMessage(4, LogLevel.Error, "Reply to activity {ActivityId} is too large for the outbox: not sent")]
        public static partial void TooLarge(ILogger logger, string? activityId);
    }
}
