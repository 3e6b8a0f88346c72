using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// The card a search result inserts into a conversation: the section's plain answer and its verbatim Dutch text
/// (escaped; with the English translation for English readers), and where it comes from. No buttons: the card
/// is read by everyone in the conversation.
/// </summary>
public static class RuleCard
{
    /// <summary>Teams does not send a result card larger than this.</summary>
    public const int MaxBytes = 28 * 1024;

    public static AdaptiveCard Create(ProtocolSection section, Language language)
    {
        ArgumentNullException.ThrowIfNull(section);
        var t = MessagingExtensionTexts.For(language);
        var label = GuidelineTexts.For(language).Label(section, language);
        var answer = section.Answer.In(language);
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = label + ": " + answer,
            Speak = label,
            Body =
            [
                TextBlock.Heading(CardText.Escape(label)),
                new TextBlock(t.PlainAnswer) { Weight = "Bolder", Spacing = "Medium" },
                new TextBlock(CardText.Escape(answer)),
                .. GuidelineCards.Quote(section, language),
                new TextBlock(t.RuleCardSource) { IsSubtle = true, Size = "Small", Spacing = "Medium" },
            ],
        };
    }
}
