using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Help;

/// <summary>The welcome/help card and its examples card.</summary>
public static class HelpCards
{
    public const string ShowExamplesVerb = "help.examples";
    public const string ShowHelpVerb = "help.show";

    public static AdaptiveCard Welcome(Language language)
    {
        var t = HelpTexts.For(language);
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.Fallback,
            Speak = t.Title,
            Body =
            [
                TextBlock.Heading(t.Title),
                new TextBlock(t.Intro),
                new TextBlock(t.WhatYouCanDo) { Weight = "Bolder", Spacing = "Medium" },
                new FactSet([.. t.Commands.Select(c => new Fact(CardText.Escape(c.Command), CardText.Escape(c.Explanation)))]),
            ],
            Actions =
            [
                ExecuteAction.Create(t.ExamplesButton, ShowExamplesVerb),
                ExecuteAction.Create(t.CheckDraftButton, DraftCheck.DraftCheckVerbs.Form),
            ],
        };
    }

    public static AdaptiveCard Examples(Language language)
    {
        var t = HelpTexts.For(language);
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.Fallback,
            Body =
            [
                TextBlock.Heading(t.ExamplesTitle),
                .. t.Examples.Select(e => (CardElement)new TextBlock("• " + CardText.Escape(e))),
            ],
            Actions = [ExecuteAction.Create(t.BackButton, ShowHelpVerb)],
        };
    }
}
