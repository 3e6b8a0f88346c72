using Lucene.Net.Util.Automaton;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// Finds the vocabulary word a mistyped word was meant to be, with Lucene's Levenshtein automata (Damerau:
/// a swap of two letters counts as one edit). One edit for words of 4 to 7 letters, two from 8 letters; the
/// first letter must match, which keeps unrelated short words apart. A candidate the automaton accepts is then
/// weighed as a typist would make it (<see cref="KeyboardDistance"/>): swapping in a letter from elsewhere on the
/// keyboard costs two edits, so real words are not "corrected" into other words ("lenen" is not "leren",
/// "liggen" is not "liegen"). Thread-safe after construction.
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
            var run = new CharacterRunAutomaton(new LevenshteinAutomata(word, withTranspositions: true).ToAutomaton(edits));
            for (var length = word.Length - edits; length <= word.Length + edits; length++)
            {
                if (!byLength.TryGetValue(length, out var candidates))
                {
                    continue;
                }

                foreach (var candidate in candidates)
                {
                    if (candidate[0] == word[0] && run.Run(candidate) && KeyboardDistance.Between(word, candidate) <= maxEdits)
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }
}
