using System.Text.RegularExpressions;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// The draft's shape: only a link (its content is unknown: ask), a link among text (a note), or no words at all,
/// only emoji or symbols (a note).
/// </summary>
internal sealed partial class ShapeDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        var text = facts.Draft.Text;
        var links = Link().Matches(text);
        var rest = Link().Replace(text, " ");
        var hasWords = rest.Any(char.IsLetterOrDigit);
        if (links.Count > 0)
        {
            var first = links[0];
            facts.Add(hasWords ? "link" : "link-only", hasWords ? FindingSeverity.Note : FindingSeverity.AskManager, first.Index, first.Index + first.Length);
        }
        else if (!hasWords)
        {
            facts.Add("no-text", FindingSeverity.Note, 0, text.Length);
        }
    }

    /// <summary>Whether the text holds words outside links (emoji-only and link-only drafts do not).</summary>
    internal static bool HasWords(string text) => Link().Replace(text, " ").Any(char.IsLetterOrDigit);

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
