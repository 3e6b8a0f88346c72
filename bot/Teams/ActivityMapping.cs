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

    public static ChatUser UserOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ChatUser(
            string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? null : activity.From.AadObjectId,
            activity.From?.Id ?? "",
            activity.From?.Name,
            TenantGate.TenantOf(activity) ?? "");
    }

    /// <summary>The message text without the bot's @mention, trimmed.</summary>
    public static string TextOf(ITurnContext<IMessageActivity> turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var text = activity.Text ?? "";
        if (activity.Recipient?.Id is not null && activity.Entities?.Count > 0)
        {
            text = ((Activity)activity).RemoveRecipientMention() ?? text;
        }

        return text.Trim();
    }

    /// <summary>An SDK JSON value as a System.Text.Json object (empty when it is not an object).</summary>
    public static JsonObject ToJsonObject(object? value) => value switch
    {
        JObject o => JsonNode.Parse(o.ToString(Newtonsoft.Json.Formatting.None)) as JsonObject ?? [],
        JToken t when t.Type == JTokenType.String => JsonNode.Parse(t.Value<string>() ?? "{}") as JsonObject ?? [],
        _ => [],
    };
}
