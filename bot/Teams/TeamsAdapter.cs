using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// The SDK's CloudAdapter, given an activity the endpoint has already read and checked. A turn that throws is
/// logged with ids only and the user is told, in their language, that something went wrong.
/// </summary>
public sealed partial class TeamsAdapter : CloudAdapter
{
    public TeamsAdapter(BotFrameworkAuthentication authentication, Outbox.ReplyOutbox replyOutbox, ILogger<TeamsAdapter> logger)
        : base(authentication, new SdkLogger(logger))
    {
        Use(replyOutbox);
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            Log.TurnFailed(logger, activity.Type, LoggableId.Of(activity.Id), Hosting.RedactedException.Of(exception));
            if (activity.Type == ActivityTypes.Invoke)
            {
                // The endpoint answers the invoke itself; a second message would be noise.
                return;
            }

            try
            {
                var language = LanguageExtensions.FromLocale(activity.Locale);
                await turnContext.SendActivityAsync(language.Pick(
                    "Sorry, er ging iets mis bij het verwerken van je bericht. Probeer het zo nog eens.",
                    "Sorry, something went wrong while handling your message. Please try again in a moment."));
            }
            catch (Exception sendFailure) when (sendFailure is not OutOfMemoryException)
            {
                Log.ErrorReplyFailed(logger, LoggableId.Of(activity.Id), sendFailure.GetType().Name);
            }
        };
    }

    /// <summary>Authenticates the activity and runs the bot; the result is the invoke response, if any.</summary>
    public Task<InvokeResponse> HandleAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Turn failed for {ActivityType} activity {ActivityId}")]
        public static partial void TurnFailed(ILogger logger, string activityType, string? activityId, Exception exception);

        [LoggerMessage(2, LogLevel.Warning, "Could not tell the user about a failed turn for activity {ActivityId} ({ErrorType})")]
        public static partial void ErrorReplyFailed(ILogger logger, string? activityId, string errorType);
    }
}
