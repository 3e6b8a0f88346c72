using System.Security.Cryptography;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// A fingerprint of what the draft models are trained from: the corpus files (in name order, by content) and the
/// training settings. The shipped model carries it; a test recomputes it, so a corpus change without retraining fails.
/// </summary>
internal static class CorpusFingerprint
{
    public static string Of(IEnumerable<string> paths, DraftTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.jsonl").Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
        {
            hash.AppendData(File.ReadAllBytes(file));
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(options.ToString() + options.Training + options.Features + DraftSignals.Count));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
