using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>The words of the digest's "hoort bij regel N" buttons and their answers, Dutch first.</summary>
public sealed record SchoolExampleTexts(
    string Explain,
    string BelongsToRule,
    string BelongsTo,
    string OutOfScope,
    string Other,
    string OtherLabel,
    string Save,
    string Saved,
    string SavedOutOfScope,
    string NotForYou,
    string Gone,
    string BadButton)
{
    public static readonly SchoolExampleTexts Nl = new(
        Explain: "Bij welke regel hoort de vraag? Kies hieronder: de bot beantwoordt die vraag, en vragen die erop lijken, daarna meteen zo.",
        BelongsToRule: "Hoort bij regel {0}",
        BelongsTo: "Hoort bij: {0}",
        OutOfScope: "Buiten het protocol",
        Other: "Andere regel…",
        OtherLabel: "Kies de regel waar de vraag bij hoort",
        Save: "Vastleggen",
        Saved: "Vastgelegd: de vraag hoort bij {0}. Ik beantwoord hem, en vragen die erop lijken, voortaan zo.",
        SavedOutOfScope: "Vastgelegd: de vraag valt buiten het protocol. Zulke vragen beantwoord ik voortaan niet met een regel.",
        NotForYou: "Dit is voor de directeur.",
        Gone: "Deze vraag staat niet meer in het logboek (ouder dan de bewaartermijn), dus ik kan hem niet meer vastleggen.",
        BadButton: "Deze knop ken ik niet (meer).");

    public static readonly SchoolExampleTexts En = new(
        Explain: "Which rule does the question belong to? Choose below: the bot then answers it, and questions like it, that way at once.",
        BelongsToRule: "Belongs to rule {0}",
        BelongsTo: "Belongs to: {0}",
        OutOfScope: "Outside the protocol",
        Other: "Another rule…",
        OtherLabel: "Choose the rule the question belongs to",
        Save: "Save",
        Saved: "Saved: the question belongs to {0}. From now on I answer it, and questions like it, that way.",
        SavedOutOfScope: "Saved: the question is outside the protocol. From now on I do not answer such questions with a rule.",
        NotForYou: "This is for the director.",
        Gone: "This question is no longer in the log (older than the retention period), so I cannot save it any more.",
        BadButton: "I do not know this button (any more).");

    public static SchoolExampleTexts For(Language language) => language.Pick(Nl, En);
}
