using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Teams;

/// <summary>From SDK activities to the plain types features take.</summary>
public static class ActivityMapping
{
    public static Language LanguageOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return LanguageExtensions.FromLocale(((Activity)activity).Locale);
    }

    /// <summary>
    /// The language of a button press: the language of the card it was on (its data says so, see
    /// <see cref="Cards.CardJson.LanguageKey"/>), else the client's locale. A Dutch card in an English client is answered
    /// in Dutch.
    /// </summary>
    public static Language LanguageOf(IActivity activity, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Cards.CardJson.LanguageOf(data) ?? LanguageOf(activity);
    }

    public static ChatUser UserOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ChatUser(
            string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? null : activity.From.AadObjectId,
            activity.From?.Id ?? "",
            activity.From?.Name,
            TenantGate.TenantOf(activity) ?? "");
    }

    /// <summary>The message text without the bot's @mention, trimmed. Mentions are read defensively (a mention without
    /// <c>mentioned</c> or <c>text</c> is left alone).</summary>
    public static string TextOf(ITurnContext<IMessageActivity> turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (botId is null || entity?.Type != "mention" || entity.Properties is not { } mention)
            {
                continue;
            }

            if (StringOf(mention["mentioned"] is JObject mentioned ? mentioned["id"] : null) == botId
                && StringOf(mention["text"]) is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, "", StringComparison.Ordinal);
            }
        }

        return text.Trim();
    }

    /// <summary>An SDK JSON value as a System.Text.Json object (empty when it is not an object or a string holding one).</summary>
    public static JsonObject ToJsonObject(object? value)
    {
        try
        {
            return value switch
            {
                JObject o => JsonNode.Parse(o.ToString(Newtonsoft.Json.Formatting.None)) as JsonObject ?? [],
                JToken { Type: JTokenType.String } t => JsonNode.Parse(t.Value<string>() ?? "{}") as JsonObject ?? [],
                _ => [],
            };
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    private static string? StringOf(JToken? token) => token is JValue { Type: JTokenType.String } value ? value.Value<string>() : null;
}
