namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>The author doubts (said in the context or in the draft itself): contact the manager (rule 8).</summary>
internal sealed class DoubtDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        var written = facts.Lexicon["doubt"].Matches(facts.Draft);
        if (written.Count > 0)
        {
            var (start, end) = facts.Draft.SentenceSpan(written[0].Start);
            facts.Add("author-doubt", FindingSeverity.AskManager, start, end);
        }
        else if (facts.Context.AuthorDoubts)
        {
            facts.Add("author-doubt", FindingSeverity.AskManager, 0, 0);
        }
    }
}
