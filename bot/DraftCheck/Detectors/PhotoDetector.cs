namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// Photos or video of pupils (rule 10): said in the context, or written in the draft ("hier een foto van groep
/// 3", not "geen foto's"). Stated consent of the parents keeps it a note; otherwise ask the manager.
/// </summary>
internal sealed class PhotoDetector : IDraftDetector
{
    private const int NegationWindow = 3;

    public void Detect(DraftFacts facts)
    {
        var draft = facts.Draft;
        var mention = facts.Lexicon["media"].Matches(draft)
            .Where(m => !facts.Preceded("negation", m.Word, NegationWindow))
            .FirstOrDefault(m => facts.Preceded("deictic", m.Word, NegationWindow)
                || facts.Persons.Any(p => p.Kind is Analysis.PersonKind.Pupil or Analysis.PersonKind.Group && draft.Near(p.Start, m.Start)));
        var hasMention = mention != default;
        if (facts.Context.Photos != true && !hasMention)
        {
            return;
        }

        var consent = facts.Lexicon["consent"].Matches(draft).FirstOrDefault(m => !facts.Preceded("negation", m.Word, NegationWindow));
        var (start, end) = consent != default ? draft.SentenceSpan(consent.Start)
            : hasMention ? draft.SentenceSpan(mention.Start)
            : (0, 0);
        facts.Add(consent != default ? "photo-consent-stated" : "pupil-photos", consent != default ? FindingSeverity.Note : FindingSeverity.AskManager, start, end);
    }
}
