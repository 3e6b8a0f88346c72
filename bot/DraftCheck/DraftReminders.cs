using Verkruisen.Bot.DraftCheck.Analysis;
using Verkruisen.Bot.DraftCheck.Detectors;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>The reminders that apply to a draft: rule 2 (personal or for the school), 6, 7 and 12.</summary>
internal static class DraftReminders
{
    public static IReadOnlyList<Reminder> For(DraftFacts facts)
    {
        var t = DraftCheckTexts.For(facts.Reader);
        var reminders = new List<Reminder>();
        var saysWhoSpeaks = facts.Lexicon["personalTitle"].Any(facts.Draft);
        if (facts.Context.Account != AccountKind.School && OpinionDetector.VoicesPolicyOpinion(facts) && !saysWhoSpeaks)
        {
            reminders.Add(new Reminder("2", t.ReminderOpinion));
        }
        else if (!saysWhoSpeaks || facts.Context.Account == AccountKind.School)
        {
            reminders.Add(new Reminder("2", facts.Context.Account switch
            {
                AccountKind.School => t.ReminderSchool,
                AccountKind.Personal => t.ReminderPersonal,
                _ => t.ReminderUnknownAccount,
            }));
        }

        if (facts.Persons.Any(p => p.Named && p.Kind == PersonKind.Pupil) && !facts.Findings.Any(f => f.Kind.StartsWith("named-pupil", StringComparison.Ordinal)))
        {
            reminders.Add(new Reminder("3", t.ReminderNamedPupil));
        }

        reminders.Add(new Reminder("6", t.ReminderResponsible));
        reminders.Add(new Reminder("7", t.ReminderFindable));
        if (string.Equals(facts.Context.Platform, "whatsapp", StringComparison.OrdinalIgnoreCase))
        {
            reminders.Add(new Reminder("12", t.ReminderParentPortal));
        }

        return reminders;
    }
}
