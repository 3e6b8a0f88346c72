using Verkruisen.Bot.Cards;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// Cards shown in a dialog (task module): an Adaptive Card dialog sends its result with Action.Submit (it arrives
/// in submitAction's <c>value.data</c>); Universal Actions are not documented for dialogs. So each Action.Execute
/// becomes its Action.Submit fallback, with the same verb and data.
/// </summary>
public static class DialogCards
{
    public static AdaptiveCard ForDialog(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card with
        {
            Actions = card.Actions?.Select(a => a is ExecuteAction { Fallback: { } submit } ? submit : a).ToList(),
        };
    }
}
