using System.Collections.Frozen;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// Splits an unknown Dutch compound into known parts: the head is the longest known word it ends with
/// ("kerst|foto", "klassen|groep"), the modifier what comes before, without a linking "s", "e" or "en"
/// ("klass-en-" is "klas", "dorp-s-" is "dorp"). Dutch compounds mean a kind of their head, so the head always counts; the
/// modifier only when it is a known word too. Thread-safe after construction.
/// </summary>
public sealed class CompoundSplitter(IEnumerable<string> vocabulary)
{
    private const int MinHead = 4;
    private const int MinModifier = 3;
    private static readonly string[] Links = ["en", "s", "e"];
    private readonly FrozenSet<string> known = vocabulary.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The modifier as a known word: itself, or without its linking letters and doubled consonant ("klass-en").</summary>
    private string? Known(string modifier)
    {
        foreach (var link in Links)
        {
            if (modifier.Length - link.Length < MinModifier || !modifier.EndsWith(link, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = modifier[..^link.Length];
            if (known.Contains(stem))
            {
                return stem;
            }

            if (stem.Length > MinModifier && stem[^1] == stem[^2] && known.Contains(stem[..^1]))
            {
                return stem[..^1];
            }
        }

        return null;
    }

    /// <summary>The known parts of the word (head first), or empty when it is not a compound of known words.</summary>
    public IReadOnlyList<string> Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        for (var start = MinModifier; start <= word.Length - MinHead; start++)
        {
            var head = word[start..];
            if (!known.Contains(head))
            {
                continue;
            }

            var modifier = word[..start];
            if (known.Contains(modifier))
            {
                return [head, modifier];
            }


            return Known(modifier) is { } stem ? [head, stem] : [head];
        }

        return [];
    }
}
