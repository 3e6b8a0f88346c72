using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// How the question model is built and combined with the lexical ranking (BM25 + nearest example). The defaults
/// are the ones cross-validation chose (<c>eval --cv 5 questions</c>).
/// </summary>
public sealed record QuestionModelOptions
{
    /// <summary>True: a kind model (answer / out of scope / help) and a section model; false: one model over sections, out of scope and help.</summary>
    public bool SeparateKindModel { get; init; }

    /// <summary>The model's share of a section's score; the rest is the lexical ranking's.</summary>
    public double ModelWeight { get; init; } = 0.55;

    /// <summary>The model's share of the kind decision; the rest is the word lists' verdict (out of scope or not).</summary>
    public double KindModelWeight { get; init; } = 0.85;

    /// <summary>Below this combined score the bot says it is not sure and points to rule 8.</summary>
    public double ConfidenceThreshold { get; init; } = 0.35;

    /// <summary>
    /// How near (weighted Jaccard over stems, <see cref="LearnedExamples"/>) a question must be to one of the school's
    /// labelled questions for that label to decide the answer.
    /// </summary>
    public double LearnedMatchThreshold { get; init; } = 0.5;

    /// <summary>The lexical engine's own threshold, used when there is no model.</summary>
    public double LexicalConfidenceThreshold { get; init; } = 0.25;

    /// <summary>
    /// Whether the model also reads the stems the protocol's vocabulary gives the words (synonyms, typos). Off:
    /// cross-validation scored it a point lower (86.8% against 87.8% top-1).
    /// </summary>
    public bool ExpandTerms { get; init; }

    /// <summary>The weight of a second or third acceptable section as a training label (the first counts 1).</summary>
    public float AlternativeWeight { get; init; } = 0.5f;

    /// <summary>2^14 hashed slots: cross-validation scores the same as 2^16, and the weights take 1.1 MB instead of 4.2.</summary>
    public FeatureOptions Features { get; init; } = new() { Bits = 14 };

    public TrainingSettings Training { get; init; } = new() { L1 = 0.002f, L2 = 0.05f, MaxIterations = 100 };
}
