namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The infinitives a Dutch past participle may come from, which the Snowball stemmer does not undo:
/// "gefilmd" → "filmen", "gedeeld" → "delen", "doorgestuurd" → "doorsturen", "zwartgemaakt" → "zwartmaken".
/// Only guesses: the caller keeps the first one its vocabulary knows.
/// </summary>
public static class DutchParticiple
{
    private static readonly string[] SeparablePrefixes =
        ["aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit", "vast", "weg", "zwart"];

    private const string Vowels = "aeiou";

    public static IEnumerable<string> Infinitives(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var prefix in SeparablePrefixes.Where(p => word.StartsWith(p + "ge", StringComparison.Ordinal)).Append(""))
        {
            if (!word.AsSpan(prefix.Length).StartsWith("ge", StringComparison.Ordinal) || word.Length - prefix.Length < 5)
            {
                continue;
            }

            var root = prefix + word[(prefix.Length + 2)..];
            yield return root;
            yield return root + "en";
            if (root[^1] is 'd' or 't')
            {
                var stem = root[..^1];
                yield return stem + "en";
                yield return Undouble(stem) + "en";
            }
        }
    }

    /// <summary>"stuur" → "stur", "maak" → "mak": a long vowel is written once before "-en".</summary>
    private static string Undouble(string stem) =>
        stem.Length >= 3 && Vowels.Contains(stem[^2], StringComparison.Ordinal) && stem[^2] == stem[^3] && !Vowels.Contains(stem[^1], StringComparison.Ordinal)
            ? stem[..^2] + stem[^1]
            : stem;
}
