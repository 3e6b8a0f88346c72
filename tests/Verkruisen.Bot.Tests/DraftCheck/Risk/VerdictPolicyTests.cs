using System.Text.RegularExpressions;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Risk;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.DraftCheck.Risk;

public sealed partial class VerdictPolicyTests
{
    private static RiskLevel[] Levels(params (string Id, RiskLevel Level)[] set)
    {
        var levels = new RiskLevel[VerdictPolicy.Categories.Count];
        foreach (var (id, level) in set)
        {
            levels[VerdictPolicy.IndexOf(id)] = level;
        }

        return levels;
    }

    [Fact]
    public void Decide_EveryCategoryBelow_IsAllowed() =>
        Assert.Equal(Verdict.Allowed, VerdictPolicy.Decide(Levels(), FindingSeverity.Note));

    [Theory]
    [InlineData("pupil-confidential", RiskLevel.Present, Verdict.NotAllowed)]
    [InlineData("negative-remark", RiskLevel.Present, Verdict.NotAllowed)]
    [InlineData("negative-remark", RiskLevel.Doubt, Verdict.AskManager)]
    [InlineData("pupil-media", RiskLevel.Present, Verdict.AskManager)]
    [InlineData("leader-opinion", RiskLevel.Present, Verdict.AskManager)]
    [InlineData("any-risk", RiskLevel.Doubt, Verdict.AskManager)]
    public void Decide_OneCategory_GivesItsVerdict(string id, RiskLevel level, Verdict expected) =>
        Assert.Equal(expected, VerdictPolicy.Decide(Levels((id, level)), FindingSeverity.Note));

    [Fact]
    public void Decide_NotAllowedAnywhere_Wins() =>
        Assert.Equal(Verdict.NotAllowed, VerdictPolicy.Decide(Levels(("pupil-media", RiskLevel.Present), ("staff-confidential", RiskLevel.Present)), FindingSeverity.Note));

    [Theory]
    [InlineData(FindingSeverity.NotAllowed, Verdict.NotAllowed)]
    [InlineData(FindingSeverity.AskManager, Verdict.AskManager)]
    public void Decide_HardRule_SetsAtLeastItsVerdict(FindingSeverity hardest, Verdict expected) =>
        Assert.Equal(expected, VerdictPolicy.Decide(Levels(), hardest));

    /// <summary>The table in code is the labelling guide's: the same categories, rules and verdicts.</summary>
    [Fact]
    public void Categories_AreThoseOfTheLabellingGuide()
    {
        var guide = File.ReadLines(RepoPaths.InRepo("corpus", "LABELLING.md"))
            .Select(line => GuideRow().Match(line))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value, m => (m.Groups["rule"].Value, m.Groups["verdict"].Value.Trim()));

        var table = VerdictPolicy.Categories.Where(c => c.Id != VerdictPolicy.AnyRisk).ToList();
        Assert.Equal(guide.Keys.Order(), table.Select(c => c.Id).Order());
        Assert.All(table, c =>
        {
            var (rule, verdict) = guide[c.Id];
            Assert.Equal(rule, c.Rule);
            Assert.StartsWith(c.WhenPresent == FindingSeverity.NotAllowed ? "not-allowed" : "ask-manager", verdict, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Docs_ListEveryCategory()
    {
        var docs = File.ReadAllText(RepoPaths.InRepo("docs", "verdict-policy.md"));

        Assert.All(VerdictPolicy.Categories, c => Assert.Contains($"| `{c.Id}` | {c.Rule} |", docs, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\| `(?<id>[a-z-]+)` \| (?<rule>\d+) \|.*\| (?<verdict>[^|]+) \|$")]
    private static partial Regex GuideRow();
}
