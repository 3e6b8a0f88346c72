using Verkruisen.Bot.DraftCheck.Detectors;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// What the precise detectors decide on their own, whatever the models say: contact details, a BSN and a date of birth (rule 3;
/// on the school's account a role mailbox or the school's number asks instead), a draft that is only a link (its
/// content is unknown: ask), doubt said in the form (rule 8), and the notes (consent stated, a link, no words).
/// Rule 5 holds for managers and directors: the leader-opinion model is silent for other (and unsaid) roles unless the draft
/// itself speaks as a school leader. Rule 4 holds for people and events of the school: the negative-remark model is silent
/// on a draft about national politics that names no one of the school.
/// </summary>
internal static class HardRules
{
    private static readonly string[] Standing = ["email", "phone-number", "address", "bsn", "date-of-birth", "link-only"];
    private static readonly string[] Notes = ["photo-consent-stated", "link", "no-text"];
    private static readonly string[] ContactKinds = ["email", "phone-number", "address", "bsn", "date-of-birth"];
    private static readonly string[] SchoolPeople = ["pupil", "parent", "colleague", "colleagueTitle", "group", "organisation"];

    /// <summary>
    /// Detector findings that are rarely wrong (on the corpus, at most about one in ten is on a harmless draft): each
    /// raises its category to at least doubt, so the draft is never "mag". One is as good as a label and makes its
    /// category present: a pupil named next to a diagnosis, a result, a home situation or an incident ("Onze Lotte
    /// heeft autisme.": rule 3, niet plaatsen).
    /// </summary>
    private static readonly (string Kind, FindingSeverity Severity, string Category, RiskLevel Level)[] Floors =
    [
        ("named-pupil", FindingSeverity.NotAllowed, "pupil-confidential", RiskLevel.Present),
        ("unique-pupil", FindingSeverity.AskManager, "identifiable-pupil", RiskLevel.Doubt),
        ("home-situation", FindingSeverity.NotAllowed, "pupil-confidential", RiskLevel.Doubt),
        ("incident", FindingSeverity.NotAllowed, "pupil-confidential", RiskLevel.Doubt),
        ("pupil-results", FindingSeverity.NotAllowed, "pupil-confidential", RiskLevel.Doubt),
        ("colleague-illness", FindingSeverity.NotAllowed, "staff-confidential", RiskLevel.Doubt),
        ("confidential", FindingSeverity.NotAllowed, "school-confidential", RiskLevel.Doubt),
        ("negative-remark", FindingSeverity.NotAllowed, "negative-remark", RiskLevel.Doubt),
        ("dispute", FindingSeverity.NotAllowed, "online-dispute", RiskLevel.Doubt),
        ("manager-opinion", FindingSeverity.AskManager, "leader-opinion", RiskLevel.Doubt),
        ("school-account-opinion", FindingSeverity.AskManager, "school-voice", RiskLevel.Doubt),
    ];

    /// <summary>The detector findings that stand as they are.</summary>
    public static IEnumerable<Finding> Findings(DraftFacts facts) => facts.Findings.Where(f =>
        Standing.Contains(f.Kind) || Notes.Contains(f.Kind) || (f.Kind == "author-doubt" && facts.Context.AuthorDoubts));

    /// <summary>The heaviest of <see cref="Findings"/>.</summary>
    public static FindingSeverity Hardest(DraftFacts facts) =>
        Findings(facts).Select(f => f.Severity).DefaultIfEmpty(FindingSeverity.Note).Max();

    /// <summary>The categories a precise detector raises to at least doubt, or to present.</summary>
    public static CategoryFloors FloorsOf(DraftFacts facts)
    {
        var floors = 0;
        var present = 0;
        foreach (var finding in facts.Findings)
        {
            foreach (var floor in Floors.Where(f => f.Kind == finding.Kind && finding.Severity >= f.Severity))
            {
                var bit = 1 << VerdictPolicy.IndexOf(floor.Category);
                if (floor.Level == RiskLevel.Present)
                {
                    present |= bit;
                }
                else
                {
                    floors |= bit;
                }
            }
        }

        if (PupilsInPhotos(facts))
        {
            floors |= 1 << VerdictPolicy.IndexOf("pupil-media");
        }

        return new CategoryFloors(floors, present);
    }

    /// <summary>Photos or video with pupils likely in them and no consent stated (<see cref="PhotoScene"/>): rule 10 asks.</summary>
    private static bool PupilsInPhotos(DraftFacts facts) =>
        PhotoScene.Of(facts).PupilsLikelyShown(facts.Findings.Any(f => f.Kind == "no-text"));

    /// <summary>
    /// The draft is about national politics (the cabinet, parliament, elections, the tax office) and names no pupil,
    /// parent, colleague, class or school body: rule 4 is about people and events of the school, and a teacher's opinion
    /// on national politics on their own account is theirs (rule 6), so negative-remark does not count. Rule 5 still
    /// holds for managers and directors.
    /// </summary>
    public static bool PoliticsOnly(DraftFacts facts) =>
        facts.Lexicon["politics"].Any(facts.Draft) && !SchoolPeople.Any(g => facts.Lexicon[g].Any(facts.Draft));

    /// <summary>Whether a contact detector already speaks for personal data (the model's finding would repeat it).</summary>
    public static bool HasContactDetails(DraftFacts facts) => facts.Findings.Any(f => ContactKinds.Contains(f.Kind));

    /// <summary>Rule 5 does not apply: the author is no manager or director and does not write as one.</summary>
    public static bool NotALeader(DraftFacts facts) =>
        facts.Context.Role is not (AuthorRole.Manager or AuthorRole.Director) && !facts.Lexicon["roleSelf"].Any(facts.Draft);
}
