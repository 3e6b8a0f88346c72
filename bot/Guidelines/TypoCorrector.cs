namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// Finds the vocabulary word a mistyped word was meant to be: the nearest by <see cref="KeyboardDistance"/> (a
/// missing, extra or swapped letter or a neighbouring key is one edit; a letter from elsewhere on the keyboard two,
/// so real words are not "corrected" into other words: "lenen" is not "leren", "liggen" is not "liegen").
/// One edit for words of 4 to 7 letters, two from 8 letters; the first letter must match, which keeps unrelated
/// short words apart. (Lucene's Levenshtein automata cost ~100 KB per long word to build; the few candidates of the
/// right length and first letter are cheaper to compare directly.) Thread-safe after construction.
/// </summary>
public sealed class TypoCorrector
{
    private const int MinLength = 4;
    private readonly Dictionary<int, string[]> byLength;

    public TypoCorrector(IEnumerable<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        byLength = vocabulary
            .Where(w => w.Length >= MinLength - 1)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .GroupBy(w => w.Length)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The closest vocabulary word within the allowed edits, or null.</summary>
    public string? Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinLength)
        {
            return null;
        }

        var maxEdits = word.Length >= 8 ? 2 : 1;
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            for (var length = word.Length - edits; length <= word.Length + edits; length++)
            {
                if (!byLength.TryGetValue(length, out var candidates))
                {
                    continue;
                }

                foreach (var candidate in candidates)
                {
                    if (candidate[0] == word[0] && KeyboardDistance.Between(word, candidate) <= edits)
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }
}
