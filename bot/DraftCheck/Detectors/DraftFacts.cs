using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.DraftCheck.Lexicons;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>Everything a detector looks at: the analysed draft, its lexicon, the people in it and the context.</summary>
internal sealed class DraftFacts(AnalyzedDraft draft, Lexicon lexicon, IReadOnlyList<PersonRef> persons, DraftContext context, DraftCheckData data, Language reader)
{
    private readonly List<(Finding Finding, int Sentence, int Start, int End)> findings = [];

    public AnalyzedDraft Draft => draft;

    public Lexicon Lexicon => lexicon;

    public IReadOnlyList<PersonRef> Persons => persons;

    public DraftContext Context => context;

    public DraftCheckData Data => data;

    /// <summary>The language findings are explained in.</summary>
    public Language Reader => reader;

    /// <summary>The draft shares knowledge (an article, a workshop, tips): topics alone are then no breach.</summary>
    public bool SharesKnowledge => lexicon["knowledge"].Any(draft);

    public IReadOnlyList<Finding> Findings => [.. findings.Select(f => f.Finding)];

    /// <summary>Adds a finding; one of a kind per sentence, its excerpt widened and its weight the highest.</summary>
    public void Add(string kind, FindingSeverity severity, int start, int end)
    {
        var sentence = draft.SentenceOf(start);
        var same = findings.FindIndex(f => f.Finding.Kind == kind && f.Sentence == sentence);
        if (same >= 0)
        {
            var old = findings[same];
            severity = (FindingSeverity)Math.Max((int)severity, (int)old.Finding.Severity);
            (start, end) = end > start ? (Math.Min(start, old.Start), Math.Max(end, old.End)) : (old.Start, old.End);
            findings.RemoveAt(same);
        }

        var finding = new Finding(data.RuleOf(kind), kind, data.Message(kind, severity, reader), draft.Excerpt(start, end), severity);
        findings.Add((finding, sentence, start, end));
    }

    /// <summary>Raises every finding of these kinds to at least <paramref name="severity"/>.</summary>
    public void Raise(IReadOnlyCollection<string> kinds, FindingSeverity severity)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var (finding, sentence, start, end) = findings[i];
            if (kinds.Contains(finding.Kind) && finding.Severity < severity)
            {
                findings[i] = (finding with { Severity = severity, Message = data.Message(finding.Kind, severity, reader) }, sentence, start, end);
            }
        }
    }

    /// <summary>Whether a word of the group stands within <paramref name="before"/> words before the word.</summary>
    public bool Preceded(string group, int word, int before) =>
        lexicon[group].Matches(draft).Any(m => m.Word < word && m.Word >= word - before);
}
