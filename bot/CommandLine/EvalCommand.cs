using System.CommandLine;

namespace Verkruisen.Bot.CommandLine;

/// <summary><c>eval drafts FILE.jsonl</c> scores an engine on a labelled file; <c>eval --cv 5 drafts</c> cross-validates on the corpus.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter output)
    {
        var cv = new Option<int?>("--cv") { Description = "k-fold cross-validation over the corpus instead of a file.", Recursive = true };
        return new Command("eval", "Measure an engine on labelled text.")
        {
            cv,
            DraftCheck.CommandLine.DraftLearningCommands.Eval(cv, output),
        };
    }
}
