namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// A question the school itself labelled (the director, from the weekly digest): its text and the section it belongs
/// to, or <see cref="OutOfScope"/>. <see cref="Key"/> identifies it (the question-log id), so labelling it again
/// replaces it.
/// </summary>
public sealed record LearnedExample(string Key, string Text, string Label)
{
    /// <summary>The label of a question that is not about the protocol.</summary>
    public const string OutOfScope = "out-of-scope";

    public bool IsOutOfScope => Label == OutOfScope;
}

/// <summary>The learned example nearest to a question, and how near (weighted Jaccard over stems, 0..1).</summary>
public sealed record LearnedMatch(LearnedExample Example, double Similarity);
