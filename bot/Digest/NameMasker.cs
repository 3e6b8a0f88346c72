using System.Text;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// Replaces first names in a question's text with "[naam]" before the digest quotes it: a teacher may type a pupil's
/// name into a question the bot could not answer, and no pupil's name may reach the digest. Uses the draft checker's
/// name recognition (name list, "onze Emma", "Emma uit groep 6", "juf Marieke"). Pure and thread-safe.
/// </summary>
public sealed class NameMasker(DraftCheckData data)
{
    public string Mask(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var analyzed = new AnalyzedDraft(text, language, data.Analyzer);
        var names = PersonFinder.Find(analyzed, data.For(language), data)
            .Where(p => p.Named)
            .OrderByDescending(p => p.Start)
            .ToList();
        var masked = new StringBuilder(text);
        var previousStart = int.MaxValue;
        foreach (var name in names.Where(n => n.End <= text.Length))
        {
            if (name.End > previousStart)
            {
                continue; // overlaps a name already masked
            }

            masked.Remove(name.Start, name.End - name.Start).Insert(name.Start, language.Pick("[naam]", "[name]"));
            previousStart = name.Start;
        }

        return masked.ToString();
    }
}
