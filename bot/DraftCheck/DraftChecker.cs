using Microsoft.Extensions.Options;
using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.DraftCheck.Detectors;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>
/// Draft + context → findings → verdict. Any not-allowed finding (rules 3, 4) makes the draft not allowed; any
/// ask-manager finding (rules 5, 8, 10, or the checker being unsure) makes it "ask your manager"; otherwise it is
/// allowed with reminders. Pure and thread-safe; build once.
/// </summary>
public sealed class DraftChecker(DraftCheckData data, IOptions<DraftCheckOptions> options)
{
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

        var language = GuessLanguage(draft, reader ?? Language.Nl);
        var analyzed = new AnalyzedDraft(draft, language, data.Analyzer);
        var lexicon = data.For(language);
        var facts = new DraftFacts(analyzed, lexicon, PersonFinder.Find(analyzed, lexicon, data), context, data, reader ?? language);
        foreach (var detector in Detectors)
        {
            detector.Detect(facts);
        }

        var findings = facts.Findings
            .DistinctBy(f => (f.Kind, f.Excerpt))
            .OrderByDescending(f => f.Severity)
            .ToList();
        var verdict = findings.Count == 0 ? Verdict.Allowed : findings.Max(f => f.Severity) switch
        {
            FindingSeverity.NotAllowed => Verdict.NotAllowed,
            FindingSeverity.AskManager => Verdict.AskManager,
            _ => Verdict.Allowed,
        };
        return new DraftCheckResult(DraftCheckStatus.Checked, verdict, findings, DraftReminders.For(facts), language, draft.Length, max);
    }

    /// <summary>English when more English than Dutch function words appear; a tie keeps the reader's language.</summary>
    internal Language GuessLanguage(string text, Language fallback)
    {
        var probe = new AnalyzedDraft(text, Language.Nl, data.Analyzer);
        var dutch = data.Dutch["function"].Matches(probe).Count;
        var english = data.English["function"].Matches(probe).Count;
        return english > dutch ? Language.En : dutch > english ? Language.Nl : fallback;
    }
}
