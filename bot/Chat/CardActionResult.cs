using Verkruisen.Bot.Cards;

namespace Verkruisen.Bot.Chat;

/// <summary>
/// The answer to a card button (an <c>adaptiveCard/action</c> invoke): a card that replaces the clicked one,
/// or an error the client shows. Plain types, so features stay free of the SDK.
/// </summary>
public abstract record CardActionResult
{
    public sealed record ReplaceCard(AdaptiveCard Card) : CardActionResult;

    public sealed record Message(string Text) : CardActionResult;

    public sealed record Failure(int StatusCode, string Code, string Text) : CardActionResult;
}
