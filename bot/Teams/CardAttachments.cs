using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Teams;

/// <summary>Turns our plain card model into the SDK's attachments and activities.</summary>
public static class CardAttachments
{
    public static JObject ToJObject(AdaptiveCard card) => JObject.Parse(CardJson.Serialize(card));

    public static Attachment ToAttachment(AdaptiveCard card) =>
        new() { ContentType = AdaptiveCard.ContentType, Content = ToJObject(card) };

    public static IActivity ToActivity(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activity = Activity.CreateMessageActivity();
        activity.Text = reply.Text;
        if (reply.Card is { } card)
        {
            activity.Attachments = [ToAttachment(card)];
        }

        return activity;
    }
}
