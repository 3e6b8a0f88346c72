using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Privacy;

/// <summary>The my-data card, the confirmation before erasure and the card that says what was erased and kept.</summary>
public static class PrivacyCards
{
    public static AdaptiveCard Overview(IReadOnlyList<PersonalDataSection> sections, Language language)
    {
        var t = PrivacyTexts.For(language);
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.Title,
            Speak = t.Title,
            Body =
            [
                TextBlock.Heading(t.Title),
                new TextBlock(sections.Count == 0 ? t.Nothing : t.Intro),
                .. Sections(sections),
                new TextBlock(t.Unlinked) { IsSubtle = true, Spacing = "Medium", Separator = true },
            ],
            Actions = sections.Count == 0 ? null : [ExecuteAction.Create(t.EraseButton, PrivacyVerbs.AskErase, style: "destructive")],
        };
    }

    public static AdaptiveCard Confirm(IReadOnlyList<PersonalDataSection> sections, Language language)
    {
        var t = PrivacyTexts.For(language);
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.ConfirmTitle,
            Body =
            [
                TextBlock.Heading(t.ConfirmTitle),
                new TextBlock(t.ConfirmIntro),
                .. Sections(sections),
                new TextBlock(t.ConfirmKept) { Spacing = "Medium", Separator = true },
            ],
            Actions =
            [
                ExecuteAction.Create(t.ConfirmButton, PrivacyVerbs.Erase, style: "destructive"),
                ExecuteAction.Create(t.CancelButton, PrivacyVerbs.Show),
            ],
        };
    }

    public static AdaptiveCard Erased(IReadOnlyList<PersonalDataSection> kept, Language language)
    {
        var t = PrivacyTexts.For(language);
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.ErasedTitle,
            Body =
            [
                TextBlock.Heading(t.ErasedTitle),
                new TextBlock(t.ErasedIntro),
                new TextBlock(t.KeptTitle) { Weight = "Bolder", Spacing = "Medium" },
                .. kept.Count == 0 ? [new TextBlock(t.NothingKept)] : Sections(kept),
                new TextBlock(t.NewReference) { IsSubtle = true, Spacing = "Medium" },
            ],
        };
    }

    /// <summary>Sections are the bot's own words (dates, counts, states); a person's own kept text comes escaped from its source.</summary>
    private static IEnumerable<CardElement> Sections(IReadOnlyList<PersonalDataSection> sections) =>
        sections.SelectMany(section => (IEnumerable<CardElement>)
        [
            new TextBlock(section.Title) { Weight = "Bolder", Spacing = "Medium" },
            .. section.Lines.Select(line => (CardElement)new TextBlock("• " + line) { Spacing = "None" }),
        ]);
}
