namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// A linear pre-scan of HTML before it is parsed: how many tags it has and how deep they nest (open tags minus close
/// tags, an upper bound: void elements such as &lt;br&gt; count as open). The HTML5 parser's cost grows with depth
/// (its scope checks walk the open elements), so a message far deeper than any Teams message is not parsed.
/// </summary>
public readonly record struct HtmlShape(int Tags, int MaxDepth)
{
    /// <summary>Nesting a parse is allowed for (Teams messages nest a few levels; tables and quotes a few dozen).</summary>
    public const int MaxParseDepth = 256;

    /// <summary>Tags a parse is allowed for.</summary>
    public const int MaxParseTags = 20_000;

    public bool IsParseable => MaxDepth <= MaxParseDepth && Tags <= MaxParseTags;

    public static HtmlShape Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        int tags = 0, depth = 0, maxDepth = 0;
        for (var i = 0; i < html.Length - 1; i++)
        {
            if (html[i] != '<')
            {
                continue;
            }

            var next = html[i + 1];
            if (next == '/')
            {
                tags++;
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                tags++;
                depth++;
                maxDepth = Math.Max(maxDepth, depth);
            }
        }

        return new HtmlShape(tags, maxDepth);
    }
}
