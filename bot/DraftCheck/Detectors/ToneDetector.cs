using System.Text.RegularExpressions;
using Verkruisen.Bot.DraftCheck.Analysis;

namespace Verkruisen.Bot.DraftCheck.Detectors;

/// <summary>
/// Rule 4 beyond single words: an eye-roll or angry emoji aimed at people or the school sounds negative (ask),
/// and two or more separate negative or quarrelling signals in one draft ("reactie op ... dat is onzin"; a
/// grumble such as "weer eens" or "het houdt niet op", or an @-reply to someone addressed as "u", counts as a
/// signal, never alone) are a remark or a
/// dispute, not a doubt: not allowed.
/// </summary>
internal sealed partial class ToneDetector : IDraftDetector
{
    private static readonly string[] Rule4Kinds = ["insult", "negative-remark", "dispute"];

    /// <summary>Emoji that mock or show anger (rolling eyes, upside-down face, steam, pouting, angry, cursing, facepalm, unamused).</summary>
    private static readonly string[] ScornEmoji = ["\U0001F644", "\U0001F643", "\U0001F624", "\U0001F621", "\U0001F620", "\U0001F92C", "\U0001F926", "\U0001F612"];

    public void Detect(DraftFacts facts)
    {
        var text = facts.Draft.Text;
        var emoji = ScornEmoji.Select(e => text.IndexOf(e, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (emoji >= 0 && facts.Persons.Any(p => p.Kind is not (PersonKind.Pronoun or PersonKind.Addressee)))
        {
            var (start, end) = facts.Draft.SentenceSpan(emoji);
            facts.Add("negative-remark", FindingSeverity.AskManager, start, end);
        }

        var cues = facts.Lexicon.Categories.Where(c => c.Rule == "4").SelectMany(c => c.Terms.Matches(facts.Draft)).OrderBy(m => m.Start);
        var reply = Mention().IsMatch(text) && facts.Persons.Any(p => p.Kind == PersonKind.Addressee);
        var signals = (emoji >= 0 ? 1 : 0) + (reply ? 1 : 0) + facts.Lexicon["grumble"].Matches(facts.Draft).Count;
        var covered = -1;
        foreach (var cue in cues)
        {
            if (cue.Start >= covered)
            {
                signals++;
                covered = cue.End;
            }
        }

        if (signals >= 2 && facts.Findings.Any(f => Rule4Kinds.Contains(f.Kind) && f.Severity == FindingSeverity.AskManager))
        {
            facts.Raise(Rule4Kinds, FindingSeverity.NotAllowed);
        }
    }

    /// <summary>"@Mark de Vries u heeft ...": a reply to someone in a thread (not an e-mail address).</summary>
    [GeneratedRegex(@"(?<![\w.])@\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
