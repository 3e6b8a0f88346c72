using Verkruisen.Bot.Cards;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// Cards shown in a dialog (task module): Teams dialogs run Action.Submit, not Universal Actions, so each
/// Action.Execute becomes its Action.Submit fallback (same verb and data, which arrive in submitAction's
/// <c>value.data</c>).
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
