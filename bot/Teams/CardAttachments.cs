using System.Runtime.CompilerServices;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// Turns our plain card model into the SDK's attachments and activities. A card's JSON is written once, by our own
/// serializer, and goes into the SDK's Newtonsoft output as it is (<see cref="JRaw"/>): no second tree, no re-parse.
/// The same card instance (the search's rule cards are built once) is serialized once.
/// </summary>
public static class CardAttachments
{
    private static readonly ConditionalWeakTable<AdaptiveCard, JRaw> Serialized = [];

    public static JToken ToJson(AdaptiveCard card) => Serialized.GetValue(card, static c => new JRaw(CardJson.Serialize(c)));

    public static Attachment ToAttachment(AdaptiveCard card) =>
        new() { ContentType = AdaptiveCard.ContentType, Content = ToJson(card) };

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
