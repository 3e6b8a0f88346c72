using System.Text.RegularExpressions;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// A pupil recognisable without a name (rule 3): "het enige meisje met een hoofddoek", "de enige leerling met een
/// rolstoel", "our only Ukrainian pupil", "de tweeling uit groep 2". In a school, such a description names the
/// child: ask first (the models decide whether more than that is said).
/// </summary>
internal sealed partial class UniquePupilDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        var match = Unique().Match(facts.Draft.Text);
        if (match.Success)
        {
            facts.Add("unique-pupil", FindingSeverity.AskManager, match.Index, match.Index + match.Length);
        }
    }

    [GeneratedRegex(@"\b(?:enige|enigste|only|single)\s+(?:[\w'-]+\s+){0,3}?(?:leerling|leerlinge|kind|meisje|jongen|kleuter|pupil|child|girl|boy|student|kid)\b|\b(?:de|onze|mijn|m'n|the|our|my)\s+tweeling\b|\b(?:the|our|my)\s+twins\b|\bone of the twins\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unique();
}
