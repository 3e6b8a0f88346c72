using System.CommandLine;

namespace Verkruisen.Bot.CommandLine;

/// <summary>
/// <c>train questions|drafts</c> and <c>eval [--cv K] questions|drafts</c>: each feature adds its subcommand;
/// <c>--cv</c> is read by name by the subcommands.
/// </summary>
public static class ModelCommands
{
    public static Command Train(params Command[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var command = new Command("train", "Train a model on the corpus (deterministic: fixed seed, one thread).");
        foreach (var target in targets)
        {
            command.Subcommands.Add(target);
        }

        return command;
    }

    public static Command Eval(params Command[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var cv = new Option<int?>("--cv") { Description = "k-fold cross-validation over the corpus instead of a file.", Recursive = true };
        var command = new Command("eval", "Score an engine on a labelled file, or cross-validate it on the corpus.") { cv };
        foreach (var target in targets)
        {
            command.Subcommands.Add(target);
        }

        return command;
    }
}
