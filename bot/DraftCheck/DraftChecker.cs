using Microsoft.Extensions.Options;
using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.DraftCheck.Detectors;
using Verkruisen.Bot.DraftCheck.Risk;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>
/// Draft + context → findings → verdict. The precise detectors and the word lists run first; what they find, with
/// the text's features, goes into one learned model per risk category (<see cref="DraftRiskModel"/>); the
/// <see cref="VerdictPolicy"/> turns the categories' levels and the detectors' hard findings into the verdict.
/// Every finding names its rule and quotes the words that weighed most. Pure and thread-safe; build once.
/// </summary>
public sealed class DraftChecker(DraftCheckData data, IOptions<DraftCheckOptions> options)
{
    private const int DoubtsShown = 2;
    private const int WordsQuoted = 3;

    private static readonly IDraftDetector[] Detectors =
    [
        new LexiconDetector(),
        new ToneDetector(),
        new NotYetPublicDetector(),
        new GradeDetector(),
        new ContactDetailsDetector(),
        new PhotoDetector(),
        new OpinionDetector(),
        new DoubtDetector(),
        new ShapeDetector(),
        new NamedPupilDetector(),
        new UniquePupilDetector(),
        new UnsureDetector(),
    ];

    public int MaxDraftLength => options.Value.MaxDraftLength;

    /// <summary>A checker with the default options and its own analyzer (command line, tests).</summary>
    public static DraftChecker CreateDefault() =>
        new(new DraftCheckData(new Text.TextAnalyzer()), Options.Create(new DraftCheckOptions()));

    /// <summary>Checks a draft. Findings are explained in <paramref name="reader"/>, or the draft's language when null.</summary>
    public DraftCheckResult Check(string? text, DraftContext context, Language? reader = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var draft = (text ?? "").Trim();
        var max = options.Value.MaxDraftLength;
        if (draft.Length == 0)
        {
            return DraftCheckResult.NotChecked(DraftCheckStatus.Empty, reader ?? Language.Nl, 0, max);
        }

        if (draft.Length > max)
        {
            return DraftCheckResult.NotChecked(DraftCheckStatus.TooLong, reader ?? Language.Nl, draft.Length, max);
        }

        var facts = Inspect(draft, context, reader);
        var model = data.RiskModel;
        var featurizer = data.Featurizer;
        var floors = HardRules.FloorsOf(facts);
        var probabilities = new double[model.Categories.Count];
        var sources = new List<FeatureSource>();
        model.Probabilities(Features(facts, featurizer, sources), probabilities);
        var levels = new RiskLevel[model.Categories.Count];
        RiskLevels.Compute(model.Thresholds, RiskLevels.Silenced(HardRules.NotALeader(facts), HardRules.HasContactDetails(facts), HardRules.PoliticsOnly(facts)), floors, probabilities, levels);

        var hard = HardRules.Findings(facts).DistinctBy(f => (f.Kind, f.Excerpt)).ToList();
        var verdict = VerdictPolicy.Decide(levels, hard.Select(f => f.Severity).DefaultIfEmpty(FindingSeverity.Note).Max());
        var findings = new List<Finding>(hard);
        var doubts = 0;
        foreach (var c in Enumerable.Range(0, levels.Length).Where(c => levels[c] != RiskLevel.Below).OrderByDescending(c => levels[c]).ThenByDescending(c => probabilities[c] / model.Categories[c].Threshold.Present).ToList())
        {
            var floored = floors.Raises(c);
            if ((levels[c] == RiskLevel.Doubt && !floored && doubts++ >= DoubtsShown) || (VerdictPolicy.Categories[c].Id == VerdictPolicy.AnyRisk && findings.Count > hard.Count))
            {
                continue;
            }

            findings.Add(Explain(facts, sources, model.Categories[c], VerdictPolicy.Categories[c], levels[c], data.Analyzer));
        }

        findings = [.. findings.OrderByDescending(f => f.Severity)];
        return new DraftCheckResult(DraftCheckStatus.Checked, verdict, findings, DraftReminders.For(facts), facts.Draft.Language, draft.Length, max);
    }

    /// <summary>The detectors' facts about a draft (the first step of every check, and of training).</summary>
    internal DraftFacts Inspect(string draft, DraftContext context, Language? reader = null)
    {
        var dutch = new AnalyzedDraft(draft, Language.Nl, data.Analyzer);
        var language = GuessLanguage(dutch, reader ?? Language.Nl);
        var analyzed = language == Language.Nl ? dutch : new AnalyzedDraft(draft, language, data.Analyzer, dutch);
        var lexicon = data.For(language);
        var facts = new DraftFacts(analyzed, lexicon, PersonFinder.Find(analyzed, lexicon, data), context, data, reader ?? language);
        foreach (var detector in Detectors)
        {
            detector.Detect(facts);
        }

        return facts;
    }

    /// <summary>
    /// The text's hashed features followed by the detectors' signals; each text feature's place in the draft is
    /// added to <paramref name="sources"/> when given (for the explanations).
    /// </summary>
    internal static SparseFeatures Features(DraftFacts facts, TextFeaturizer featurizer, List<FeatureSource>? sources = null)
    {
        Span<float> signals = stackalloc float[DraftSignals.Count];
        DraftSignals.Fill(facts, RuleVerdict(facts), signals);
        var draft = facts.Draft;
        var text = ReferenceEquals(featurizer.Analyzer, facts.Data.Analyzer)
            ? featurizer.Featurize(draft.DutchStems, draft.Words, sources)
            : featurizer.Featurize(draft.Text, sources);
        return text.WithExtra(featurizer.Dimension, signals);
    }

    /// <summary>What the detectors alone would say (one of the models' features).</summary>
    internal static Verdict RuleVerdict(DraftFacts facts) =>
        facts.Findings.Select(f => f.Severity).DefaultIfEmpty(FindingSeverity.Note).Max() switch
        {
            FindingSeverity.NotAllowed => Verdict.NotAllowed,
            FindingSeverity.AskManager => Verdict.AskManager,
            _ => Verdict.Allowed,
        };

    /// <summary>English when more English than Dutch function words appear; a tie keeps the reader's language.</summary>
    private Language GuessLanguage(AnalyzedDraft probe, Language fallback)
    {
        var dutch = data.Dutch["function"].Matches(probe).Count;
        var english = data.English["function"].Matches(probe).Count;
        return english > dutch ? Language.En : dutch > english ? Language.Nl : fallback;
    }

    /// <summary>A category's finding: its rule, its message, and the draft's words that weighed most for it.</summary>
    private static Finding Explain(DraftFacts facts, IReadOnlyList<FeatureSource> sources, CategoryModel model, RiskCategory category, RiskLevel level, Text.TextAnalyzer analyzer)
    {
        var text = facts.Draft.Text;
        var words = TextFeaturizer.Explain(sources, model.Model.Weight, 4 * WordsQuoted)
            .Where(w => text[w.Start..w.End].Split(' ').Any(word => word.Length > 2 && !analyzer.IsStopWord(word.ToLowerInvariant(), facts.Draft.Language)))
            .Take(WordsQuoted)
            .ToList();
        var excerpt = words.Count > 0
            ? string.Join(" … ", MergeSpans(words).Select(s => text[s.Start..s.End]))
            : facts.Findings.Where(f => f.Rule == category.Rule && f.Excerpt.Length > 0).Select(f => f.Excerpt).FirstOrDefault() ?? "";
        var present = level == RiskLevel.Present;
        var severity = present ? category.WhenPresent : FindingSeverity.AskManager;
        var message = present ? facts.Reader.Pick(category.Nl, category.En) : facts.Reader.Pick(category.NlDoubt, category.EnDoubt);
        return new Finding(category.Rule, category.Id, message, excerpt, severity);
    }

    /// <summary>The spans of the weightiest words in text order, overlapping ones (a word and its pair) joined.</summary>
    private static List<(int Start, int End)> MergeSpans(IEnumerable<WordWeight> words)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (start, end) in words.Select(w => (w.Start, w.End)).OrderBy(s => s.Start))
        {
            if (spans.Count > 0 && start <= spans[^1].End)
            {
                spans[^1] = (spans[^1].Start, Math.Max(end, spans[^1].End));
            }
            else
            {
                spans.Add((start, end));
            }
        }

        return spans;
    }
}
