namespace Verkruisen.Bot.DraftCheck.Cards;

/// <summary>The words of the part every draft form shares.</summary>
public sealed record DraftFormTexts(
    string Title,
    string Intro,
    string DraftLabel,
    string DraftPlaceholder,
    string DraftRequired,
    string PlatformLabel,
    string PhotosLabel,
    string PhotosTitle);
