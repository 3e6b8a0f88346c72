using Verkruisen.Bot.Cards;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// One search result: the section's id (a rule number, or purpose/scope/adoption), its title as shown ("Regel 10: ..."),
/// one line of plain answer for the preview, and the card that selecting it inserts.
/// </summary>
public sealed record SearchHit(string SectionId, string Title, string Line, AdaptiveCard Card);
