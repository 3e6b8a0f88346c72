using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Chat;

/// <summary>
/// The answer to a card button (an <c>adaptiveCard/action</c> invoke): a card that replaces the clicked one (only
/// where the card's own state changes: a decision, a withdrawal, a submitted form), a new message below it that leaves
/// the clicked card as it was (a button that shows more), a short notice, or an error the client shows. Plain types,
/// so features stay free of the SDK.
/// </summary>
public abstract record CardActionResult
{
    public sealed record ReplaceCard(AdaptiveCard Card) : CardActionResult;

    /// <summary>Sends <paramref name="Reply"/> as a new message; the clicked card stays and shows <paramref name="Notice"/>.</summary>
    public sealed record SendMessage(ChatReply Reply, string Notice) : CardActionResult
    {
        public static SendMessage Card(AdaptiveCard card, Language language) => Below(ChatReply.FromCard(card), language);

        public static SendMessage Below(ChatReply reply, Language language) =>
            new(reply, language.Pick("Zie hieronder.", "See below."));
    }

    public sealed record Message(string Text) : CardActionResult;

    public sealed record Failure(int StatusCode, string Code, string Text) : CardActionResult;
}
