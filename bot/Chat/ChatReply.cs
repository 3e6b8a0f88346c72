using Verkruisen.Bot.Cards;

namespace Verkruisen.Bot.Chat;

/// <summary>What a feature answers: a card, a short text, or both (text first).</summary>
public sealed record ChatReply(string? Text, AdaptiveCard? Card)
{
    public static ChatReply FromCard(AdaptiveCard card) => new(null, card);

    public static ChatReply FromText(string text) => new(text, null);
}
