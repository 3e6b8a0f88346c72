namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// Photos or video of pupils (rule 10): said in the context, or written in the draft ("hier een foto van groep
/// 3", not "geen foto's" or "foto zonder kinderen"). Consent stated as given keeps it a note ("toestemming
/// regel ik later" is not consent); otherwise ask the manager.
/// </summary>
internal sealed class PhotoDetector : IDraftDetector
{
    private const int NegationWindow = 3;

    public void Detect(DraftFacts facts)
    {
        var draft = facts.Draft;
        var mention = facts.Lexicon["media"].Matches(draft)
            .Where(m => !facts.Preceded("negation", m.Word, NegationWindow) && !WithoutPupils(facts, m.Word))
            .FirstOrDefault(m => facts.Preceded("deictic", m.Word, NegationWindow)
                || facts.Persons.Any(p => p.Kind is Analysis.PersonKind.Pupil or Analysis.PersonKind.Group && draft.Near(p.Start, m.Start)
                    && !facts.Preceded("negation", p.Word, 1)));
        var hasMention = mention != default;
        if (facts.Context.Photos != true && !hasMention)
        {
            return;
        }

        var consent = facts.Lexicon["consent"].Matches(draft).FirstOrDefault(m => !facts.Preceded("negation", m.Word, NegationWindow)
            && !facts.Lexicon["consentPending"].Matches(draft).Any(p => draft.SentenceOf(p.Start) == draft.SentenceOf(m.Start)));
        var (start, end) = consent != default ? draft.SentenceSpan(consent.Start)
            : hasMention ? draft.SentenceSpan(mention.Start)
            : (0, 0);
        facts.Add(consent != default ? "photo-consent-stated" : "pupil-photos", consent != default ? FindingSeverity.Note : FindingSeverity.AskManager, start, end);
    }

    /// <summary>"foto zonder kinderen", "a picture without any pupils": a negation right after the photo word
    /// that is itself followed by pupils or a group.</summary>
    private static bool WithoutPupils(DraftFacts facts, int word) =>
        facts.Lexicon["negation"].Matches(facts.Draft).Any(n => n.Word > word && n.Word <= word + 2
            && Enumerable.Range(n.Word + 1, 2).Any(w => facts.Lexicon["pupil"].MatchesWord(facts.Draft, w) || facts.Lexicon["group"].MatchesWord(facts.Draft, w)));
}
