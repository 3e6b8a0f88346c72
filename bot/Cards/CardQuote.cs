namespace Verkruisen.Bot.Cards;

/// <summary>
/// A person's words quoted on a card (a draft, an excerpt of it): a block of its own (an emphasis container) holding
/// one TextRun, which no renderer parses as markdown. No quote marks are glued to the text, so nothing in it (a list,
/// *emphasis*, line breaks) can run into or break out of the quote.
/// </summary>
public static class CardQuote
{
    public static Container Of(string text, bool italic = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Container([new RichTextBlock([new TextRun(text.Trim()) { Italic = italic }])]) { Style = "emphasis" };
    }
}
