using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// Answers a staff question with the protocol sections it is about. Two judges, combined: the learned
/// <see cref="QuestionModel"/> (trained on the labelled corpus) and the <see cref="LexicalEngine"/> (BM25 over the
/// sections, the nearest example, the scope word lists). A section's score is a weighted mean of the model's
/// probability and the lexical score; the kind is the model's, pulled towards the word lists' verdict; greetings
/// stay help. Built once (singleton); answering is read-only and thread-safe.
/// </summary>
public sealed class QuestionEngine
{
    private const double CiteFraction = 0.75;
    private const int MaxCited = 3;

    private static readonly Lazy<QuestionModel?> DefaultModel = new(() => QuestionModelFile.ReadEmbedded(CreateAnalyzer()));

    private readonly LexicalEngine lexical;
    private readonly QuestionModel? model;
    private readonly QuestionModelOptions options;

    public QuestionEngine(Protocol protocol, TextAnalyzer analyzer, QuestionModel? model, QuestionModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        Protocol = protocol;
        lexical = new LexicalEngine(protocol, analyzer);
        Terms = lexical.Terms;
        this.model = model;
        this.options = options ?? new QuestionModelOptions();
    }

    public Protocol Protocol { get; }

    /// <summary>Below this the bot says it is not sure and points to rule 8.</summary>
    public double ConfidenceThreshold => model is null ? options.LexicalConfidenceThreshold : options.ConfidenceThreshold;

    public QuestionModel? Model => model;

    /// <summary>The protocol's vocabulary (synonyms, typos, compounds), which the model also reads.</summary>
    public QuestionTerms Terms { get; }

    /// <summary>The engine on the embedded protocol, with the shipped model (read once per process).</summary>
    public static QuestionEngine CreateDefault() => new(Protocol.Load(), CreateAnalyzer(), DefaultModel.Value);

    /// <summary>The shared analyzer, keeping the Dutch stop words that tell rules apart ("altijd", "zelf", "wie", "andere").</summary>
    public static TextAnalyzer CreateAnalyzer() => new(keepDutch: ["altijd", "zelf", "wie", "andere"]);

    public QuestionResult Answer(string question) => Answer(question, learned: null);

    /// <summary>
    /// The answer, with the school's own labelled questions: when one is near enough to the question
    /// (<see cref="QuestionModelOptions.LearnedMatchThreshold"/>), its label decides: its section is cited first, or the
    /// question is out of scope.
    /// </summary>
    public QuestionResult Answer(string question, LearnedExamples? learned)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = lexical.Answer(question);
        var (kind, ranked, confidence, threshold) = Judge(question, words);
        if (learned?.Nearest(question) is { } match && match.Similarity >= options.LearnedMatchThreshold && kind != QuestionKind.Help)
        {
            if (match.Example.IsOutOfScope)
            {
                return Result(QuestionKind.OutOfScope, [], 0, words.Language, threshold);
            }

            if (Protocol.Find(match.Example.Label) is { } taught)
            {
                var top = ranked.Count == 0 ? 0 : ranked[0].Score;
                var lifted = ranked.Where(r => r.Section.Id != taught.Id).Prepend(new RankedSection(taught, Math.Round(Math.Max(top, match.Similarity), 4))).ToList();
                return Result(QuestionKind.Answer, lifted, Math.Max(confidence, match.Similarity), words.Language, threshold);
            }
        }

        return Result(kind, kind == QuestionKind.Answer ? ranked : [], confidence, words.Language, threshold);
    }

    /// <summary>The question as weighted stems (the school's examples are matched on these).</summary>
    public IReadOnlyDictionary<string, double> Vector(string text) => lexical.Vector(text);

    /// <summary>The kind, every section ranked (also for a question judged out of scope), the confidence and its threshold.</summary>
    private (QuestionKind Kind, List<RankedSection> Ranked, double Confidence, double Threshold) Judge(string question, LexicalResult words)
    {
        if (model is null || words.Kind == QuestionKind.Help || words.PlatformsOnly)
        {
            return (words.Kind, [.. words.Ranked], words.Confidence, options.LexicalConfidenceThreshold);
        }

        var learned = model.Predict(QuestionModel.ModelText(Terms, question, model.ExpandTerms));
        var kind = KindOf(learned, words.Kind);
        var lexicalScores = words.Ranked.ToDictionary(r => r.Section.Id, r => r.Score, StringComparer.Ordinal);
        var ranked = new List<RankedSection>(Protocol.Sections.Count);
        for (var i = 0; i < Protocol.Sections.Count; i++)
        {
            var section = Protocol.Sections[i];
            var score = (options.ModelWeight * learned.Sections[i]) + ((1 - options.ModelWeight) * lexicalScores.GetValueOrDefault(section.Id));
            ranked.Add(new RankedSection(section, Math.Round(score, 4)));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        // A vague question ("mag ik dit posten?") is never answered with confidence, however sure the model is.
        var confidence = kind == QuestionKind.Answer ? ranked[0].Score * (0.5 + (0.5 * words.Specificity)) : 0;
        return (kind, ranked, confidence, options.ConfidenceThreshold);
    }

    /// <summary>The language a text is written in (the same detection as <see cref="Answer"/>); null when too short to tell.</summary>
    public Localization.Language? LanguageOf(string text) => lexical.LanguageOf(text);

    /// <summary>The compose-box search (lexical: it completes the word being typed).</summary>
    public IReadOnlyList<RankedSection> Search(string text) => lexical.Search(text);

    private QuestionKind KindOf(QuestionPrediction learned, QuestionKind words)
    {
        var w = options.KindModelWeight;
        var outOfScope = (w * learned.OutOfScope) + ((1 - w) * (words == QuestionKind.OutOfScope ? 1 : 0));
        var answer = (w * learned.Answer) + ((1 - w) * (words == QuestionKind.Answer ? 1 : 0));
        return learned.Help > Math.Max(learned.Answer, learned.OutOfScope) ? QuestionKind.Help
            : outOfScope > answer ? QuestionKind.OutOfScope
            : QuestionKind.Answer;
    }

    private static QuestionResult Result(QuestionKind kind, List<RankedSection> ranked, double confidence, Localization.Language? language, double threshold)
    {
        if (kind != QuestionKind.Answer || ranked.Count == 0)
        {
            return new QuestionResult(kind == QuestionKind.Answer ? QuestionKind.Help : kind, [], [], 0, true, language);
        }

        var top = ranked[0].Score;
        var cited = ranked.TakeWhile((r, i) => i < MaxCited && r.Score >= top * CiteFraction).ToList();
        return new QuestionResult(kind, cited, ranked, Math.Round(confidence, 3), confidence >= threshold, language);
    }
}
