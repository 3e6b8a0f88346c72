using System.Text;

namespace Verkruisen.Bot.Cards;

/// <summary>
/// Makes text a person wrote safe to put in a TextBlock. For long text a person wrote (a draft), prefer a
/// <see cref="RichTextBlock"/>: its runs are never parsed as markdown at all.
/// </summary>
public static class CardText
{
    // Characters that start markdown constructs in Teams and the Adaptive Card renderers: emphasis, links,
    // code, headings, strike-through and tags such as <at>mention</at>.
    private const string Special = "\\`*_[]()#~<>|";

    /// <summary>Backslash-escapes markdown and markup so the text shows as typed and never links or mentions.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '\r')
            {
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Cuts text to at most <paramref name="max"/> characters, marking the cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, Math.Max(0, max - 1)), "…");
    }

    /// <summary>The opening words of a text on one line, cut at a word boundary within <paramref name="max"/> characters.</summary>
    public static string FirstWords(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= max)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', Math.Max(0, max - 1));
        return string.Concat(line.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }
}
