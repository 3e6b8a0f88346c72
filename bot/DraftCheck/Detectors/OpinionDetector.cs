namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// An opinion on school or education policy. A manager or director always represents the school (rule 5): ask.
/// Saying "als schoolleider" about policy is speaking in that role, whatever the tone: ask.
/// On the school's account a clear opinion is the school's voice: ask. A teacher on their own account gets the
/// rule 2 reminder instead (see <see cref="DraftReminders"/>).
/// </summary>
internal sealed class OpinionDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        var draft = facts.Draft;
        var policy = facts.Lexicon["policy"].Matches(draft);
        if (policy.Count == 0)
        {
            return;
        }

        var strong = facts.Lexicon["opinion"].Any(draft);
        var speaksInRole = facts.Lexicon["roleSelf"].Any(draft);
        var manager = facts.Context.IsManager || speaksInRole;
        var (start, end) = draft.SentenceSpan(policy[0].Start);
        if (manager && (strong || speaksInRole || facts.Lexicon["opinionWeak"].Any(draft)))
        {
            facts.Add("manager-opinion", FindingSeverity.AskManager, start, end);
        }
        else if (strong && facts.Context.Account == AccountKind.School)
        {
            facts.Add("school-account-opinion", FindingSeverity.AskManager, start, end);
        }
    }

    /// <summary>Whether the draft voices an opinion on policy at all.</summary>
    internal static bool VoicesPolicyOpinion(DraftFacts facts) =>
        facts.Lexicon["policy"].Any(facts.Draft)
        && (facts.Lexicon["opinion"].Any(facts.Draft) || facts.Lexicon["opinionWeak"].Any(facts.Draft));
}
