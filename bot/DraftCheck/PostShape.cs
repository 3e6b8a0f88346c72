using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>
/// Whether a message without "controleer:" reads like a post someone pasted rather than a question to the bot. A
/// simple signal that can be explained in one sentence: no question (no question mark, and no question word at the
/// start unless it is an exclamation: "Wat een mooie dag!"), and the shape of a post: long (140+ characters), or a hashtag, an emoji or an exclamation in a text of a
/// sentence or more (40+ characters), or two or more sentences. The question engine is not asked.
/// </summary>
public static partial class PostShape
{
    private const int LongPost = 140;
    private const int Sentence = 40;

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mag", "mogen", "kan", "kun", "kunnen", "moet", "moeten", "hoe", "wat", "waar", "wie", "wanneer", "waarom", "welke",
        "is", "zijn", "heb", "hebben", "wil",
        "may", "can", "could", "should", "must", "how", "what", "where", "who", "when", "why", "which", "am", "are", "do", "does", "help",
    };

    public static bool LooksLikePost(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var exclaims = trimmed.Contains('!', StringComparison.Ordinal);
        if (trimmed.Length < Sentence || trimmed.Contains('?', StringComparison.Ordinal) || (!exclaims && QuestionWords.Contains(FirstWord(trimmed))))
        {
            return false;
        }

        return trimmed.Length >= LongPost
            || Hashtag().IsMatch(trimmed)
            || exclaims
            || trimmed.EnumerateRunes().Any(IsEmoji)
            || SentenceEnd().Count(trimmed) >= 2;
    }

    private static string FirstWord(string text) => Word().Match(text).Value;

    private static bool IsEmoji(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol && rune.Value >= 0x2190;

    [GeneratedRegex(@"(?<![\w&])#\w{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"[.!](\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
