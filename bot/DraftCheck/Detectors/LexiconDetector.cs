using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.DraftCheck.Lexicons;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// The lexicon categories: confidential topics (rule 3) with or without a specific person near them, and negative
/// remarks, insults and disputes (rule 4) aimed at people or the school. Adds "named-pupil" when a named pupil
/// stands next to personal information.
/// </summary>
internal sealed class LexiconDetector : IDraftDetector
{
    private const int TargetWindow = 4;

    public void Detect(DraftFacts facts)
    {
        foreach (var category in facts.Lexicon.Categories)
        {
            foreach (var match in category.Terms.Matches(facts.Draft).Where(m => !IsGroupName(facts, m) && !(category.Rule == "4" && Intensifies(facts, m))))
            {
                Judge(facts, category, match);
            }
        }
    }

    private static void Judge(DraftFacts facts, LexiconCategory category, TermMatch match)
    {
        switch (category.Needs)
        {
            case CategoryNeeds.None:
                var severity = facts.Context.Account == AccountKind.School && category.SchoolAccount is { } school
                    ? school
                    : category.WithoutPerson;
                if (category.SchoolAccount is not null && facts.SharesKnowledge && severity == FindingSeverity.NotAllowed)
                {
                    // A lecture on the inspection's framework or a merger study is knowledge, not a leak: ask.
                    severity = FindingSeverity.AskManager;
                }

                Add(facts, category.Kind, severity, match.Start, match.End);
                return;
            case CategoryNeeds.Target:
                var sentence = facts.Draft.SentenceOf(match.Start);
                var target = facts.Persons.FirstOrDefault(p => Math.Abs(p.Word - match.Word) <= TargetWindow
                    || (p.Kind is not (PersonKind.Pronoun or PersonKind.Addressee) && facts.Draft.SentenceOf(p.Start) == sentence)
                    || (category.Kind == "dispute" && p.Kind is PersonKind.Addressee or PersonKind.Parent && facts.Draft.Near(p.Start, match.Start)));
                if (target is null)
                {
                    Add(facts, category.Kind, category.WithoutPerson, match.Start, match.End);
                }
                else
                {
                    facts.Add(category.Kind, FindingSeverity.NotAllowed, Math.Min(target.Start, match.Start), Math.Max(target.End, match.End));
                }

                return;
            default:
                JudgePersonal(facts, category.Kind, category.ColleagueKind, category.WithoutPerson, match.Start, match.End);
                return;
        }
    }

    /// <summary>
    /// Personal information (rule 3): not allowed next to a specific person; with only a weak reference in a
    /// draft that shares knowledge, ask; without a person, the category's own weight (one lighter when sharing
    /// knowledge).
    /// </summary>
    internal static void JudgePersonal(DraftFacts facts, string categoryKind, string? colleagueKind, FindingSeverity? withoutPerson, int start, int end)
    {
        var match = (Start: start, End: end);
        var near = facts.Persons.Where(p => p.IsSpecific && facts.Draft.Near(p.Start, match.Start)).ToList();
        if (near.Count == 0)
        {
            var without = withoutPerson;
            if (facts.SharesKnowledge)
            {
                without = without == FindingSeverity.NotAllowed ? FindingSeverity.AskManager : null;
            }

            Add(facts, categoryKind, without, match.Start, match.End);
            return;
        }

        var strong = near.Any(p => p.Specificity == Specificity.Strong);
        var colleague = near.Any(p => p.Kind is PersonKind.Colleague or PersonKind.Adult)
            && !near.Any(p => p.Kind is PersonKind.Pupil or PersonKind.Group);
        var kind = colleague && colleagueKind is { } other ? other : categoryKind;
        var severity = strong || !facts.SharesKnowledge ? FindingSeverity.NotAllowed : FindingSeverity.AskManager;
        var person = near.OrderBy(p => Math.Abs(p.Start - match.Start)).First();
        var sameSentence = facts.Draft.SentenceOf(person.Start) == facts.Draft.SentenceOf(match.Start);
        facts.Add(kind, severity, sameSentence ? Math.Min(person.Start, match.Start) : match.Start, sameSentence ? Math.Max(person.End, match.End) : match.End);
        var named = near.FirstOrDefault(p => p.Named && p.Kind == PersonKind.Pupil);
        if (named is not null && severity == FindingSeverity.NotAllowed && !facts.Findings.Any(f => f.Kind == "named-pupil" && f.Excerpt == facts.Draft.Excerpt(named.Start, named.End)))
        {
            facts.Add("named-pupil", FindingSeverity.NotAllowed, named.Start, named.End);
        }
    }

    /// <summary>"belachelijk leuk", "ridiculous fun": a negative word that only strengthens praise.</summary>
    private static bool Intensifies(DraftFacts facts, TermMatch match)
    {
        var next = facts.Draft.WordAt(match.End);
        return next > match.Word && facts.Lexicon["positive"].MatchesWord(facts.Draft, next);
    }

    /// <summary>"grade 2", "groep 8": a year group's name, not a grade or a result.</summary>
    private static bool IsGroupName(DraftFacts facts, TermMatch match) =>
        facts.Lexicon["group"].MatchesWord(facts.Draft, match.Word)
        && match.Word + 1 < facts.Draft.Words.Count
        && facts.Draft.Words[match.Word + 1].Term.All(char.IsAsciiDigit);

    private static void Add(DraftFacts facts, string kind, FindingSeverity? severity, int start, int end)
    {
        if (severity is { } s)
        {
            facts.Add(kind, s, start, end);
        }
    }
}
