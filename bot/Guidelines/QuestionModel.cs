using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The learned side of the question engine: linear models over <see cref="TextFeaturizer"/> features, trained on
/// the labelled corpus and the protocol's own examples (<see cref="QuestionModelTrainer"/>). Either one model over
/// the sections plus "out of scope" and "help", or a kind model and a section model. Read-only, thread-safe.
/// </summary>
public sealed class QuestionModel
{
    public const string OutOfScopeClass = "out-of-scope";
    public const string HelpClass = "help";
    public const string AnswerClass = "answer";

    private readonly MulticlassLinearModel sections;
    private readonly MulticlassLinearModel? kinds;
    private readonly int outOfScope;
    private readonly int help;
    private readonly int sectionCount;

    /// <param name="sections">Over the section ids (in the protocol's order), then, without a kind model, "out-of-scope" and "help".</param>
    /// <param name="kinds">Over "answer", "out-of-scope" and "help"; null when <paramref name="sections"/> has those classes.</param>
    public QuestionModel(TextFeaturizer featurizer, MulticlassLinearModel sections, MulticlassLinearModel? kinds, int sectionCount, bool expandTerms = false)
    {
        ExpandTerms = expandTerms;
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(sections);
        Featurizer = featurizer;
        this.sections = sections;
        this.kinds = kinds;
        this.sectionCount = sectionCount;
        var kindClasses = (kinds ?? sections).Classes;
        outOfScope = IndexOf(kindClasses, OutOfScopeClass);
        help = IndexOf(kindClasses, HelpClass);
    }

    public TextFeaturizer Featurizer { get; }

    /// <summary>True when the model reads <see cref="ModelText"/> rather than the question alone.</summary>
    public bool ExpandTerms { get; }

    /// <summary>The section model (with "out-of-scope" and "help" when there is no kind model).</summary>
    public MulticlassLinearModel SectionModel => sections;

    public MulticlassLinearModel? KindModel => kinds;

    public int SectionCount => sectionCount;

    /// <summary>Weights that are not zero, over both models (what the model carries in memory is its dense arrays).</summary>
    public int NonZeroWeights => sections.NonZeroWeights + (kinds?.NonZeroWeights ?? 0);

    /// <summary>Bytes of the weight arrays in memory.</summary>
    public long WeightBytes => sizeof(float) * (((long)sections.Dimension * sections.Classes.Count) + (kinds is null ? 0 : (long)kinds.Dimension * kinds.Classes.Count));

    public QuestionPrediction Predict(string question)
    {
        var features = Featurizer.Featurize(question);
        var p = sections.Probabilities(features);
        if (kinds is null)
        {
            var answer = 1 - p[outOfScope] - p[help];
            var given = new double[sectionCount];
            for (var i = 0; i < sectionCount; i++)
            {
                given[i] = answer <= 0 ? 0 : p[i] / answer;
            }

            return new QuestionPrediction(answer, p[outOfScope], p[help], given);
        }

        var k = kinds.Probabilities(features);
        return new QuestionPrediction(1 - k[outOfScope] - k[help], k[outOfScope], k[help], p);
    }

    /// <summary>The words of the question that weigh most towards a section (a linear model's contributions).</summary>
    public IReadOnlyList<Learning.WordWeight> Explain(string question, int section, int top) =>
        Featurizer.Explain(question, f => sections.Weight(section, f), top);

    /// <summary>
    /// What the model reads: the question, then the stems the protocol's vocabulary gives its words (synonyms such as
    /// "kiekje" for "foto", corrected typos, compounds written apart), so the model shares the engine's knowledge of words.
    /// </summary>
    public static string ModelText(QuestionTerms terms, string question, bool expand = true)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(question);
        if (!expand)
        {
            return question;
        }

        var stems = terms.Terms(terms.Fold(question), correctTypos: true).SelectMany(w => w.Stems).Distinct(StringComparer.Ordinal);
        return question + "\n" + string.Join(' ', stems);
    }

    private static int IndexOf(IReadOnlyList<string> classes, string name)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException("The model has no class " + name + ".", nameof(classes));
    }
}
