using System.Text.RegularExpressions;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// The author says it is not public yet, in words the lexicon's fixed phrases miss: "dat wordt pas in mei bekend
/// gemaakt", "nog niet officieel aangekondigd", "not announced until June" (rule 3: not allowed).
/// </summary>
internal sealed partial class NotYetPublicDetector : IDraftDetector
{
    public void Detect(DraftFacts facts)
    {
        var match = NotYetPublic().Match(facts.Draft.Text);
        if (match.Success)
        {
            facts.Add("confidential", FindingSeverity.NotAllowed, match.Index, match.Index + match.Length);
        }
    }

    [GeneratedRegex(@"\b(?:(?:nog\s+niet|not\s+yet)\b[^.!?\n]{0,40}?\b(?:bekend|bekendgemaakt|officieel|gecommuniceerd|aangekondigd|openbaar|announced|public|official|communicated)|(?:pas|until|till)\b[^.!?\n]{0,40}?\b(?:bekend\s+gemaakt|bekendgemaakt|aangekondigd|gecommuniceerd|announced|made\s+public))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYetPublic();
}
