using System.CommandLine;

namespace Verkruisen.Bot.CommandLine;

/// <summary><c>train drafts</c>: train a learned engine from the corpus and write its model file (scripts/train.sh).</summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter output) =>
        new("train", "Train a learned engine from the corpus (deterministic: fixed seed, one thread).")
        {
            DraftCheck.CommandLine.DraftLearningCommands.Train(output),
        };
}
