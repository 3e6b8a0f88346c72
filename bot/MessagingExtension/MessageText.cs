using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// Reads a Teams message body (<c>messagePayload.body</c>, usually HTML) as plain text with AngleSharp's HTML5
/// parser: text nodes only (entities decoded, tags and scripts never kept), a line break for each block and
/// &lt;br&gt;, emoji as their character. Images, embedded cards (&lt;attachment&gt;) and other media are noted.
/// </summary>
public static class MessageText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table",
    };

    private static readonly HashSet<string> Media = new(StringComparer.OrdinalIgnoreCase)
    {
        "img", "video", "audio", "iframe", "object", "embed", "attachment", "picture", "svg",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "head", "title",
    };

    public static MessageContent From(string? contentType, string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return MessageContent.None;
        }

        if (string.Equals(contentType, "text", StringComparison.OrdinalIgnoreCase))
        {
            return new MessageContent(Normalize(content), false);
        }

        if (!HtmlShape.Of(content).IsParseable)
        {
            // Far deeper or larger than a Teams message: read without parsing, tags dropped, entities decoded.
            return new MessageContent(Normalize(System.Net.WebUtility.HtmlDecode(StripTags(content))), content.Contains("<img", StringComparison.OrdinalIgnoreCase));
        }

        var document = new HtmlParser().ParseDocument(content);
        var text = new StringBuilder(content.Length);
        var hasMedia = false;
        Walk(document.Body ?? (INode)document, text, ref hasMedia);
        return new MessageContent(Normalize(text.ToString()), hasMedia);
    }

    private static void Walk(INode node, StringBuilder text, ref bool hasMedia)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (child is not IElement element || Skipped.Contains(element.LocalName))
            {
                continue;
            }

            if (IsEmoji(element))
            {
                text.Append(element.GetAttribute("alt"));
            }
            else if (Media.Contains(element.LocalName))
            {
                hasMedia = true;
            }
            else if (element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                text.Append('\n');
            }
            else
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    EndLine(text);
                }

                Walk(element, text, ref hasMedia);
                if (block)
                {
                    EndLine(text);
                }
            }
        }
    }

    /// <summary>The text outside tags, in one pass.</summary>
    private static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
                text.Append(' ');
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>A block starts and ends on its own line; an empty block (&lt;p&gt;&amp;nbsp;&lt;/p&gt;) still makes an empty line.</summary>
    private static void EndLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    /// <summary>Teams writes emoji as &lt;emoji alt="😄"&gt; or an &lt;img&gt; of item type Emoji.</summary>
    private static bool IsEmoji(IElement element) =>
        element.LocalName.Equals("emoji", StringComparison.OrdinalIgnoreCase)
        || (element.LocalName.Equals("img", StringComparison.OrdinalIgnoreCase)
            && (element.GetAttribute("itemtype")?.Contains("Emoji", StringComparison.OrdinalIgnoreCase) ?? false));

    /// <summary>Spaces (including no-break spaces) collapsed within lines, lines trimmed, at most one empty line in a row.</summary>
    private static string Normalize(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank > 1 || (line.Length == 0 && result.Length == 0))
            {
                continue;
            }

            result.Append(line).Append('\n');
        }

        return result.ToString().Trim();
    }
}
