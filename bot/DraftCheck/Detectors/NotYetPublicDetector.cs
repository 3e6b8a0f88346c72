using System.Text.RegularExpressions;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// The author says it is not public yet, in words the lexicon's fixed phrases miss: "dat wordt pas in mei bekend
/// gemaakt", "nog niet officieel aangekondigd", "not announced until June" (rule 3: not allowed); a plan that
/// "is nog niet rond" is not settled, so not public either.
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

        // "maar dat is nog niet rond": a plan not yet settled. On the school's account it may be an announcement: ask.
        var unsettled = NotSettled().Match(facts.Draft.Text);
        if (unsettled.Success)
        {
            var severity = facts.Context.Account == AccountKind.School ? FindingSeverity.AskManager : FindingSeverity.NotAllowed;
            facts.Add("confidential", severity, unsettled.Index, unsettled.Index + unsettled.Length);
        }
    }

    [GeneratedRegex(@"\b(?:(?:nog\s+niet|not\s+yet)\b[^.!?\n]{0,40}?\b(?:bekend|bekendgemaakt|officieel|gecommuniceerd|aangekondigd|openbaar|announced|public|official|communicated)|\bofficieel\b[^.!?\n]{0,30}?\bpas\b|\bofficially\b[^.!?\n]{0,30}?\b(?:only|not\s+until)\b|(?:pas|until|till)\b[^.!?\n]{0,40}?\b(?:bekend\s+gemaakt|bekendgemaakt|aangekondigd|gecommuniceerd|announced|made\s+public))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYetPublic();

    [GeneratedRegex(@"\b(?:maar\s+)?dat\s+is\s+nog\s+niet\s+(?:rond|definitief|besloten|beslist)\b|\b(?:but\s+)?(?:that|it)(?:'s|\s+is)\s+not\s+(?:yet\s+)?(?:final|decided|settled|confirmed)(?:\s+yet)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotSettled();
}
