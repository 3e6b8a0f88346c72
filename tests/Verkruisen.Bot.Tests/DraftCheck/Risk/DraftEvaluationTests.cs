using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Risk;

namespace Verkruisen.Bot.Tests.DraftCheck.Risk;

public sealed class DraftEvaluationTests
{
    private static readonly HashSet<string> Harmless = ["allowed"];
    private static readonly HashSet<string> Risky = ["not-allowed"];

    [Fact]
    public void Write_DraftsFromSeveralSources_TalliesEachSourceWithItsHarmlessMag()
    {
        var evaluation = new DraftEvaluation();
        evaluation.Add("fc4-d001", "teacher", Harmless, [], Verdict.Allowed);
        evaluation.Add("fc4-d002", "teacher", Harmless, [], Verdict.AskManager);
        evaluation.Add("fc4-d003", "support", Risky, ["negative-remark"], Verdict.Allowed);
        evaluation.Add("da-0001", "teacher", Risky, ["staff-confidential"], Verdict.NotAllowed);
        var output = new StringWriter();

        evaluation.Write(output);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        var sources = lines.SkipWhile(l => !l.StartsWith("source", StringComparison.Ordinal)).ToList();
        Assert.Contains("unsafe: fc4-d003", lines);
        Assert.Matches(@"^da\s+1\s+0\s+0\s+100\.0 %\s+-$", sources[1]);
        Assert.Matches(@"^fc4\s+3\s+2\s+1\s+33\.3 %\s+1/2$", sources[2]);
    }

    [Fact]
    public void Write_OneSource_HasNoSourceTable()
    {
        var evaluation = new DraftEvaluation();
        evaluation.Add("fc5-d001", "teacher", Harmless, [], Verdict.Allowed);
        var output = new StringWriter();

        evaluation.Write(output);

        Assert.DoesNotContain("source", output.ToString(), StringComparison.Ordinal);
    }
}
