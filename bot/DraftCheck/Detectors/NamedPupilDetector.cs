using Verkruisen.Bot.DraftCheck.Analysis;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// A pupil named by first name in a public post ("Super trots op Daan", "Gefeliciteerd Sem, 10 jaar!"): a name
/// with an achievement, birthday or age is personal information about a child (rule 3). Without sensitive
/// details it is not a breach, but the parents may not want it: ask first (rule 8). Sensitive details next to
/// the name are already "named-pupil" (not allowed).
/// </summary>
internal sealed class NamedPupilDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        var named = facts.Persons.FirstOrDefault(p => p.Named && p.Kind == PersonKind.Pupil);
        if (named is not null && !facts.Findings.Any(f => f.Kind == "named-pupil"))
        {
            facts.Add("named-pupil-mention", FindingSeverity.AskManager, named.Start, named.End);
        }
    }
}
