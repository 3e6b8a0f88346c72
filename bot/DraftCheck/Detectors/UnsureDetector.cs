using Verkruisen.Bot.DraftCheck.Analysis;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// The checker's own doubt (rule 8): a draft about parents or a specific colleague ("die ouders", "mijn
/// directeur") with nothing found and no praise, thanks, good news or warm emoji may say something
/// about them that the lexicons do not know. Such a draft is not called fine: ask. Class news about pupils and
/// groups is the normal case and is left alone.
/// </summary>
internal sealed class UnsureDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        if (facts.Findings.Any(f => f.Severity >= FindingSeverity.AskManager) || facts.SharesKnowledge
            || facts.Lexicon["positive"].Any(facts.Draft) || HasWarmEmoji(facts.Draft.Text))
        {
            return;
        }

        // Parents addressed ("Ouders van groep 8: ...", "Lieve ouders") are the readers, and parents who gave
        // consent are the photo's permission, not the subject.
        var consent = facts.Lexicon["consent"].Matches(facts.Draft);
        var person = facts.Persons.FirstOrDefault(p => (p.Kind == PersonKind.Parent && !Addressed(facts, p)
                && !consent.Any(c => facts.Draft.SentenceOf(c.Start) == facts.Draft.SentenceOf(p.Start)))
            || (p.Kind is PersonKind.Colleague or PersonKind.Adult && !p.Named
                && (facts.Lexicon["possessive"].MatchesWord(facts.Draft, p.Word - 1) || facts.Lexicon["possessive"].MatchesWord(facts.Draft, p.Word - 2))));
        if (person is not null)
        {
            facts.Add("unsure-about-person", FindingSeverity.AskManager, person.Start, person.End);
        }
    }

    /// <summary>"Ouders van groep 8: ...", "Lieve ouders," "Dear parents": the parents are spoken to.</summary>
    private static bool Addressed(DraftFacts facts, PersonRef parent)
    {
        var colon = facts.Draft.Text.IndexOf(':', StringComparison.Ordinal);
        var inHeading = colon > parent.Start && facts.Draft.WordAt(colon) <= 5;
        return inHeading || (parent.Word > 0 && facts.Draft.Words[parent.Word - 1].Term is "lieve" or "beste" or "dear" or "hallo" or "hoi" or "hi");
    }

    /// <summary>Hearts, smiles, party and applause: the draft is warm about the people in it.</summary>
    private static bool HasWarmEmoji(string text) =>
        text.EnumerateRunes().Any(r => r.Value is 0x2764 or 0x2600 or 0x263A or (>= 0x1F493 and <= 0x1F49F) or (>= 0x1F600 and <= 0x1F60D)
            or 0x1F970 or 0x1F973 or 0x1F389 or 0x1F38A or 0x1F44F or 0x1F4AA or 0x1F64C or 0x1F64F or 0x1F31E or 0x1F3C6);
}
