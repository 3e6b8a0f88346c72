using System.Net;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Help;
using Verkruisen.Bot.MessagingExtension;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// The one bot class: turns each activity into plain inputs for the routing table (<see cref="ChatRouter"/>) or the
/// messaging extension and sends back the plain result. No feature sees an ITurnContext.
/// </summary>
public sealed partial class VerkruisenBot(
    ConversationReferenceStore references,
    ChatRouter router,
    MessagingExtensionService messagingExtension,
    IEnumerable<IChatOpened> chatOpened,
    ILogger<VerkruisenBot> logger) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var identity = turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey);
        var removing = turnContext.Activity.Type == ActivityTypes.InstallationUpdate
            && turnContext.Activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;
        var saved = removing ? ReferenceSaved.NotStored
            : await references.SaveAsync(turnContext.Activity, identity?.IsAuthenticated == true, cancellationToken);

        await base.OnTurnAsync(turnContext, cancellationToken);

        // The person's chat just appeared (first activity, or the bot was installed): what waited for them goes now.
        if (saved == ReferenceSaved.Created || (saved == ReferenceSaved.Stored && BotInstalled((Activity)turnContext.Activity)))
        {
            await NotifyChatOpenedAsync(ActivityMapping.UserOf(turnContext.Activity), cancellationToken);
        }
    }

    private static bool BotInstalled(Activity activity) =>
        (activity.Type == ActivityTypes.InstallationUpdate && activity.AsInstallationUpdateActivity().Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
        || (activity.Type == ActivityTypes.ConversationUpdate && activity.AsConversationUpdateActivity().MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true);

    private async Task NotifyChatOpenedAsync(ChatUser user, CancellationToken cancellationToken)
    {
        foreach (var listener in chatOpened)
        {
            try
            {
                await listener.OnChatOpenedAsync(user.TenantId, user.AadObjectId!, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.ChatOpenedFailed(logger, listener.GetType().Name, e.GetType().Name);
            }
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var language = ActivityMapping.LanguageOf(activity);

        // Action.Submit fallback of an Action.Execute button (clients without Universal Actions).
        if (string.IsNullOrEmpty(activity.Text) && activity.Value is JObject submitted && submitted.Value<string>("verb") is { } verb)
        {
            var request = new CardActionRequest(verb, ActivityMapping.ToJsonObject(submitted), ActivityMapping.UserOf(activity), language, activity.ReplyToId);
            var result = await router.HandleActionAsync(request, cancellationToken);
            await turnContext.SendActivityAsync(CardAttachments.ToActivity(result switch
            {
                CardActionResult.ReplaceCard r => ChatReply.FromCard(r.Card),
                CardActionResult.SendMessage sent => sent.Reply,
                CardActionResult.Message m => ChatReply.FromText(m.Text),
                CardActionResult.Failure e => ChatReply.FromText(e.Text),
                _ => throw new InvalidOperationException("Unknown card action result."),
            }), cancellationToken);
            return;
        }

        if (MessagingExtensionMapping.IsInsertedCard(activity))
        {
            return;
        }

        var text = ActivityMapping.TextOf(turnContext);
        Log.MessageReceived(logger, LoggableId.Of(activity.Id), text.Length);
        var message = ChatMessage.Of(text, ActivityMapping.UserOf(activity), language, activity.Conversation?.ConversationType is null or "personal");
        var reply = await router.HandleMessageAsync(message, cancellationToken);
        await turnContext.SendActivityAsync(CardAttachments.ToActivity(reply), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        var botWasAdded = membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id);
        if (botWasAdded)
        {
            var language = ActivityMapping.LanguageOf(turnContext.Activity);
            await turnContext.SendActivityAsync(CardAttachments.ToActivity(ChatReply.FromCard(HelpCards.Welcome(language))), cancellationToken);
        }
    }

    /// <summary>
    /// Teams' conversationUpdate with members added. The SDK would first ask the Connector for each added person's
    /// profile (a call inside the turn, outside any reply budget, that fails the turn when the Connector cannot be
    /// reached); the bot only needs to know whether it was added itself, which the activity says.
    /// </summary>
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync(membersAdded, turnContext, cancellationToken);

    /// <summary>The user removed the bot: forget how to reach them (it is added again on the next install).</summary>
    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        references.DeleteAsync(turnContext.Activity, cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invokeValue);
        var activity = turnContext.Activity;
        var request = new CardActionRequest(
            invokeValue.Action?.Verb ?? "",
            ActivityMapping.ToJsonObject(invokeValue.Action?.Data),
            ActivityMapping.UserOf(activity),
            ActivityMapping.LanguageOf(activity),
            activity.ReplyToId);
        var result = await router.HandleActionAsync(request, cancellationToken);
        if (result is CardActionResult.SendMessage send)
        {
            // A new message below; the clicked card stays as it was and shows a short notice.
            await turnContext.SendActivityAsync(CardAttachments.ToActivity(send.Reply), cancellationToken);
            result = new CardActionResult.Message(send.Notice);
        }

        return result switch
        {
            CardActionResult.ReplaceCard r => new AdaptiveCardInvokeResponse
            {
                StatusCode = 200,
                Type = AdaptiveCard.ContentType,
                Value = CardAttachments.ToJson(r.Card),
            },
            CardActionResult.Message m => new AdaptiveCardInvokeResponse
            {
                StatusCode = 200,
                Type = "application/vnd.microsoft.activity.message",
                Value = m.Text,
            },
            CardActionResult.Failure e => new AdaptiveCardInvokeResponse
            {
                StatusCode = e.StatusCode,
                Type = "application/vnd.microsoft.error",
                Value = new JObject { ["code"] = e.Code, ["message"] = e.Text },
            },
            _ => throw new InvalidOperationException("Unknown card action result."),
        };
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        if (response?.Status == 501)
        {
            Log.UnknownInvoke(logger, LoggableId.Of(turnContext.Activity.Id));
            return new InvokeResponse
            {
                Status = 400,
                Body = new JObject { ["code"] = "UnknownInvoke", ["message"] = "This bot does not handle that invoke." },
            };
        }

        return response!;
    }

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(MessagingExtensionMapping.ToResponse(OrFail(messagingExtension.Query(
            query?.CommandId, MessagingExtensionMapping.ToSearchQuery(query, ActivityMapping.LanguageOf(turnContext.Activity))))));

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionSelectItemAsync(
        ITurnContext<IInvokeActivity> turnContext, JObject query, CancellationToken cancellationToken) =>
        Task.FromResult(MessagingExtensionMapping.ToResponse(OrFail(messagingExtension.SelectItem(
            MessagingExtensionMapping.SectionIdOf(query), ActivityMapping.LanguageOf(turnContext.Activity)))));

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionFetchTaskAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        Task.FromResult(MessagingExtensionMapping.ToActionResponse(OrFail(messagingExtension.FetchTask(
            action?.CommandId, MessagingExtensionMapping.MessageOf(action), ActivityMapping.LanguageOf(turnContext.Activity)))));

    protected override async Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(
        ITurnContext<IInvokeActivity> turnContext, MessagingExtensionAction action, CancellationToken cancellationToken) =>
        MessagingExtensionMapping.ToActionResponse(OrFail(await messagingExtension.SubmitActionAsync(
            action?.CommandId, MessagingExtensionMapping.ToCardActionRequest(turnContext.Activity, action), router.HandleActionAsync, cancellationToken)));

    /// <summary>A request the extension cannot serve (an unknown command) is answered with its status, not a 500.</summary>
    private static MessagingExtensionReply OrFail(MessagingExtensionReply reply) => reply is MessagingExtensionReply.Failure failure
        ? throw new InvokeResponseException((HttpStatusCode)failure.StatusCode, MessagingExtensionMapping.ErrorBody(failure))
        : reply;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Message {ActivityId} received ({TextLength} characters)")]
        public static partial void MessageReceived(ILogger logger, string? activityId, int textLength);

        [LoggerMessage(2, LogLevel.Warning, "Invoke {ActivityId} has a name this bot does not handle")]
        public static partial void UnknownInvoke(ILogger logger, string? activityId);

        [LoggerMessage(3, LogLevel.Warning, "{Listener} failed on a chat that appeared ({ErrorType}); its follow-up retries")]
        public static partial void ChatOpenedFailed(ILogger logger, string listener, string errorType);
    }
}
