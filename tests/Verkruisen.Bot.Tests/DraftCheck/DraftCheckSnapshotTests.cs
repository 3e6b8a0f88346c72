using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Tests.TestSupport;
using Xunit.Abstractions;

namespace Verkruisen.Bot.Tests.DraftCheck;

/// <summary>
/// Every labelled draft in the repository (corpus, eval sets, test sets) checked and compared with a recorded
/// snapshot: verdict, language, findings (kind, rule, severity, excerpt, in order) and reminders. It keeps speed
/// work honest: a faster checker must say exactly what the slower one said. When the models, lexicons or
/// detectors change on purpose, record it again with VERKRUISEN_RECORD_SNAPSHOT=1 and review the diff.
/// </summary>
public sealed class DraftCheckSnapshotTests(ITestOutputHelper output)
{
    private const string RecordVariable = "VERKRUISEN_RECORD_SNAPSHOT";
    private static readonly string SnapshotPath = RepoPaths.InRepo("tests", "Verkruisen.Bot.Tests", "DraftCheck", "Data", "check-snapshot.tsv");

    [Fact]
    public void Check_EveryRepositoryDraft_SaysWhatTheSnapshotSays()
    {
        var actual = CheckAll();
        if (Environment.GetEnvironmentVariable(RecordVariable) == "1")
        {
            File.WriteAllLines(SnapshotPath, actual);
            return;
        }

        var expected = File.ReadAllLines(SnapshotPath);
        var differences = expected.Zip(actual).Where(pair => pair.First != pair.Second).Take(10).ToList();
        foreach (var (was, now) in differences)
        {
            output.WriteLine($"snapshot: {was}\nnow:      {now}");
        }

        Assert.True(expected.Length == actual.Count, $"The snapshot has {expected.Length} drafts, the repository {actual.Count}; record it again ({RecordVariable}=1).");
        Assert.True(differences.Count == 0, $"{differences.Count}+ drafts differ from the snapshot (see the output); if on purpose, record it again ({RecordVariable}=1).");
    }

    private static List<string> CheckAll()
    {
        var files = new[] { "corpus", "eval", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(RepoPaths.InRepo(folder), "*.jsonl", SearchOption.AllDirectories))
            .Where(path => path.Contains("drafts", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            foreach (var draft in CorpusReader.ReadDrafts(file))
            {
                var (context, error) = DraftContextParser.Parse(draft.Platform, draft.Photos, draft.Account, draft.Role);
                Assert.True(context is not null, error);
                lines.Add(Line($"{name}#{draft.Id}", SharedChecker.Default.Check(draft.Text, context!)));
            }
        }

        return lines;
    }

    /// <summary>One draft's outcome; excerpts as a short hash, so the snapshot stays small.</summary>
    private static string Line(string id, DraftCheckResult result)
    {
        var line = new StringBuilder(id).Append(' ').Append(result.Verdict?.ToWire()).Append(' ').Append(result.DraftLanguage)
            .Append(" r").AppendJoin(',', result.Reminders.Select(r => r.Rule));
        foreach (var finding in result.Findings)
        {
            line.Append(' ').Append(finding.Kind).Append('/').Append(finding.Rule).Append('/').Append((int)finding.Severity)
                .Append('#').Append(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(finding.Excerpt)).ToString("x8", CultureInfo.InvariantCulture));
        }

        return line.ToString();
    }
}
