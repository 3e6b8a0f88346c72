using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.MessagingExtension;

namespace Verkruisen.Bot.Teams;

/// <summary>Messaging-extension invokes: SDK types to the plain types of <see cref="MessagingExtensionService"/> and back.</summary>
public static class MessagingExtensionMapping
{
    private const string InitialRunParameter = "initialRun";
    private const string SectionIdKey = "sectionId";
    private const string DialogHeight = "large";
    private const string DialogWidth = "medium";

    public static SearchQuery ToSearchQuery(MessagingExtensionQuery? query, Language language)
    {
        string? ValueOf(string name) => query?.Parameters?.FirstOrDefault(p => p.Name == name)?.Value?.ToString();
        return new SearchQuery(
            ValueOf(MessagingExtensionCommands.SearchGuidelinesQueryParameter),
            string.Equals(ValueOf(InitialRunParameter), "true", StringComparison.OrdinalIgnoreCase),
            language,
            query?.QueryOptions?.Skip ?? 0,
            query?.QueryOptions?.Count ?? SearchQuery.DefaultCount);
    }

    /// <summary>The section id a selected result's tap carries (<c>composeExtension/selectItem</c> value).</summary>
    public static string? SectionIdOf(JObject? value) => value?.Value<string>(SectionIdKey);

    /// <summary>The selected message (null when the command was not started from a message).</summary>
    public static MessageContent? MessageOf(MessagingExtensionAction? action)
    {
        if (action?.MessagePayload is not { } payload)
        {
            return null;
        }

        var content = MessageText.From(payload.Body?.ContentType, payload.Body?.Content);
        return payload.Attachments?.Count > 0 ? content with { HasMedia = true } : content;
    }

    /// <summary>A dialog button as a card action: the verb and the submitted inputs from <c>value.data</c>.</summary>
    public static CardActionRequest ToCardActionRequest(IActivity activity, MessagingExtensionAction? action)
    {
        var data = ActivityMapping.ToJsonObject(action?.Data);
        var verb = data.TryGetPropertyValue("verb", out var node) && node?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? node.GetValue<string>() : "";
        return new CardActionRequest(verb, data, ActivityMapping.UserOf(activity), ActivityMapping.LanguageOf(activity), null);
    }

    /// <summary>
    /// A message that is only a card inserted from the compose box (a rule or a verdict, sent into the bot's own
    /// chat): an Adaptive Card attachment and no visible text, just the client's placeholder markup. No question.
    /// </summary>
    public static bool IsInsertedCard(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Attachments?.Any(a => a.ContentType == Cards.AdaptiveCard.ContentType) == true
            && !MessageText.From("html", activity.Text).HasText;
    }

    public static MessagingExtensionResponse ToResponse(MessagingExtensionReply reply) =>
        new() { ComposeExtension = ToResult(reply) ?? throw new InvalidOperationException(reply.GetType().Name + " is no search answer.") };

    public static MessagingExtensionActionResponse ToActionResponse(MessagingExtensionReply reply) => reply switch
    {
        MessagingExtensionReply.Dialog d => new()
        {
            Task = new TaskModuleContinueResponse
            {
                Value = new TaskModuleTaskInfo { Title = d.Title, Height = DialogHeight, Width = DialogWidth, Card = CardAttachments.ToAttachment(d.Card) },
            },
        },
        MessagingExtensionReply.DialogMessage m => new() { Task = new TaskModuleMessageResponse(m.Text) },
        _ => new() { ComposeExtension = ToResult(reply) ?? throw new InvalidOperationException(reply.GetType().Name + " is no action answer.") },
    };

    /// <summary>The body of a 400 answer: <c>{code, message}</c>.</summary>
    public static JObject ErrorBody(MessagingExtensionReply.Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new JObject { ["code"] = failure.Code, ["message"] = failure.Text };
    }

    private static MessagingExtensionResult? ToResult(MessagingExtensionReply reply) => reply switch
    {
        MessagingExtensionReply.Results r => new()
        {
            Type = "result",
            AttachmentLayout = AttachmentLayoutTypes.List,
            Attachments = [.. r.Hits.Select(h => Attachment(h.Card, h.Title, h.Line, r.TapToSelect ? h.SectionId : null))],
        },
        MessagingExtensionReply.Insert i => new()
        {
            Type = "result",
            AttachmentLayout = AttachmentLayoutTypes.List,
            Attachments = [Attachment(i.Card, i.Title, i.Line, sectionId: null)],
        },
        MessagingExtensionReply.Message m => new() { Type = "message", Text = m.Text },
        _ => null,
    };

    /// <summary>
    /// An Adaptive Card with a thumbnail preview (Teams allows only hero or thumbnail previews). A search result's
    /// preview may tap to <c>composeExtension/selectItem</c> with its section id.
    /// </summary>
    private static MessagingExtensionAttachment Attachment(Cards.AdaptiveCard card, string title, string line, string? sectionId)
    {
        var preview = new ThumbnailCard
        {
            Title = title,
            Text = line,
            Tap = sectionId is null ? null : new CardAction { Type = "invoke", Value = new JObject { [SectionIdKey] = sectionId } },
        };
        var attachment = CardAttachments.ToAttachment(card);
        return new MessagingExtensionAttachment
        {
            ContentType = attachment.ContentType,
            Content = attachment.Content,
            Preview = preview.ToAttachment(),
        };
    }
}
