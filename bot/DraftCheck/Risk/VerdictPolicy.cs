namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// The verdict policy, one table (docs/verdict-policy.md says the same in words). A category that is present calls
/// for its verdict; any present "not-allowed" category makes the draft "niet plaatsen"; otherwise any present
/// "ask-manager" category, or any category in the uncertain middle (at or above its doubt threshold), makes it
/// "twijfel, vraag je leidinggevende" (rules 5 and 8). "Mag" only when every category is below its doubt
/// threshold, chosen on held-out folds so that at least 99% of risky drafts are caught.
/// </summary>
public static class VerdictPolicy
{
    private const FindingSeverity No = FindingSeverity.NotAllowed;
    private const FindingSeverity Ask = FindingSeverity.AskManager;

    public static IReadOnlyList<RiskCategory> Categories { get; } =
    [
        new("pupil-confidential", "3", No,
            "Gegevens over een herkenbare leerling (gezondheid, resultaten, thuissituatie, gedrag, een incident) zijn vertrouwelijk.",
            "Details about a recognisable pupil (health, results, home situation, behaviour, an incident) are confidential.",
            "Lijkt vertrouwelijke informatie over een leerling te bevatten: zorg dat niemand herkenbaar is; bij twijfel eerst overleggen.",
            "May hold confidential information about a pupil: make sure nobody can be recognised; if in doubt, ask first."),
        new("staff-confidential", "3", No,
            "Ziekte, verlof, ontslag of andere personeelszaken van een collega zijn vertrouwelijk.",
            "A colleague's illness, leave, dismissal or other personnel matters are confidential.",
            "Lijkt over personeelszaken van een collega te gaan: overleg eerst.",
            "May be about a colleague's personnel matters: ask first."),
        new("school-confidential", "3", No,
            "Plannen of feiten die nog niet bekend zijn gemaakt (formatie, fusie, bezuiniging, geheimen) zijn vertrouwelijk.",
            "Plans or facts not yet announced (staffing, merger, budget, secrets) are confidential.",
            "Lijkt iets te noemen wat nog niet bekend is gemaakt: overleg eerst.",
            "May mention something not yet announced: ask first."),
        new("personal-data", "3", No,
            "Telefoonnummers, adressen, e-mailadressen, BSN of geboortedata van anderen horen niet online.",
            "Phone numbers, addresses, e-mail addresses, BSN or dates of birth of others do not go online.",
            "Lijkt persoonsgegevens te bevatten: controleer dit eerst.",
            "May contain personal data: check first."),
        new("negative-remark", "4", No,
            "Een negatieve opmerking over mensen of gebeurtenissen van de school (ook sarcasme of een verwijt) hoort niet op sociale media.",
            "A negative remark about people or events of the school (sarcasm or an accusation too) does not belong on social media.",
            "Kan negatief overkomen over mensen of de school: laat het eerst lezen.",
            "May come across as negative about people or the school: have it read first."),
        new("online-dispute", "4", No,
            "Ga geen discussie aan op sociale media over schoolzaken.",
            "Do not get into a discussion on social media about school matters.",
            "Lijkt een reactie in een discussie: overleg eerst.",
            "Looks like a reply in a discussion: ask first."),
        new("unsafe-climate", "9", No,
            "Leerlingen te kijk zetten, pesten of dreigen past niet bij een veilig klimaat, ook online.",
            "Exposing pupils, bullying or threats do not fit a safe climate, online too.",
            "Kan leerlingen te kijk zetten: overleg eerst.",
            "May expose pupils: ask first."),
        new("identifiable-pupil", "3", Ask,
            "Een leerling is bij naam of anders herkenbaar: vraag eerst of dat mag.",
            "A pupil is named or otherwise recognisable: ask first whether that is all right.",
            "Een leerling is misschien herkenbaar: vraag eerst of dat mag.",
            "A pupil may be recognisable: ask first."),
        new("pupil-media", "10", Ask,
            "Foto's of video met leerlingen: alleen met schriftelijke toestemming van de ouders.",
            "Photos or video with pupils: only with the parents' written consent.",
            "Misschien staan er leerlingen in beeld: alleen met schriftelijke toestemming van de ouders.",
            "Pupils may be in the picture: only with the parents' written consent."),
        new("visitor-media", "11", Ask,
            "Foto's van anderen dan personeel of ouders, of als ouder met andere kinderen erop: vraag eerst.",
            "Media taken by others than staff or parents, or as a parent with other children in it: ask first.",
            "Gaat misschien om foto's met andere kinderen: vraag eerst.",
            "May be about media with other children: ask first."),
        new("leader-opinion", "5", Ask,
            "Als leidinggevende of directeur vertegenwoordig je altijd de school, ook met een persoonlijke mening: bij twijfel niet publiceren.",
            "As a manager or director you always represent the school, with a private opinion too: when in doubt, do not publish.",
            "Een mening van een leidinggevende vertegenwoordigt de school: overleg eerst.",
            "A manager's opinion represents the school: ask first."),
        new("school-voice", "2", Ask,
            "Maak duidelijk of je op persoonlijke titel schrijft of namens de school.",
            "Make clear whether you write personally or on behalf of the school.",
            "Onduidelijk of dit namens de school is: vraag eerst.",
            "Unclear whether this is on behalf of the school: ask first."),
        new("private-channel", "12", Ask,
            "Contact met ouders loopt via de middelen van de school (het ouderportaal), niet via een eigen app-groep of privénummer.",
            "Contact with parents goes through the school's means (the parent portal), not a private group or number.",
            "Lijkt contact met ouders buiten het ouderportaal om: vraag eerst.",
            "May move contact with parents outside the parent portal: ask first."),
        new("author-doubt", "8", Ask,
            "Je twijfelt zelf: neem contact op met je leidinggevende.",
            "You are in doubt yourself: contact your manager.",
            "Je lijkt zelf te twijfelen: neem contact op met je leidinggevende.",
            "You seem to be in doubt: contact your manager."),
        new(AnyRisk, "8", Ask,
            "Ik weet niet zeker of dit mag: vraag het je leidinggevende.",
            "I am not sure this is fine: ask your manager.",
            "Ik weet niet zeker of dit mag: vraag het je leidinggevende.",
            "I am not sure this is fine: ask your manager."),
    ];

    /// <summary>
    /// Not a category of the guide but the doubt over all of them: a model of "risky" (mag is not acceptable) that
    /// can only raise doubt (rule 8), never make a draft "niet plaatsen".
    /// </summary>
    public const string AnyRisk = "any-risk";

    /// <summary>The index of a category id, or -1.</summary>
    public static int IndexOf(string id) => Categories.Select((c, i) => (c, i)).FirstOrDefault(p => p.c.Id == id, (null!, -1)).Item2;

    /// <summary>The verdict for the categories' levels (one per category, in table order) and the detectors' hard findings.</summary>
    public static Verdict Decide(ReadOnlySpan<RiskLevel> levels, FindingSeverity hardest)
    {
        var verdict = hardest switch
        {
            FindingSeverity.NotAllowed => Verdict.NotAllowed,
            FindingSeverity.AskManager => Verdict.AskManager,
            _ => Verdict.Allowed,
        };
        for (var i = 0; i < levels.Length && verdict != Verdict.NotAllowed; i++)
        {
            if (levels[i] == RiskLevel.Present && Categories[i].WhenPresent == FindingSeverity.NotAllowed)
            {
                verdict = Verdict.NotAllowed;
            }
            else if (levels[i] != RiskLevel.Below)
            {
                verdict = Verdict.AskManager;
            }
        }

        return verdict;
    }
}
