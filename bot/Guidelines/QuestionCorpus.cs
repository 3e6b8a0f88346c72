using Verkruisen.Bot.CommandLine;
using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The labelled questions of the repository's corpus (corpus/questions/*.jsonl); training reads only these and the protocol's examples.</summary>
public static class QuestionCorpus
{
    /// <summary>The folder, relative to the repository's root.</summary>
    public const string DefaultPath = "corpus/questions";

    /// <summary>Reads a file or folder; a relative path is taken from the repository's root.</summary>
    public static IReadOnlyList<CorpusQuestion> Read(string path = DefaultPath) => CorpusReader.ReadQuestions(RepositoryPaths.Resolve(path));
}
