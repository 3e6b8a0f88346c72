using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The words of the guidelines feature, Dutch first.</summary>
public sealed record GuidelineTexts(
    string RuleLabel,
    string AnswerHeading,
    string NotSureHeading,
    string NotSure,
    string MaybeAbout,
    string OutOfScopeHeading,
    string OutOfScope,
    string HelpHint,
    string ShowProtocolButton,
    string AskManagerButton,
    string HelpfulButton,
    string NotHelpfulButton,
    string ProtocolTitle,
    string ThanksForFeedback,
    string TranslationNote)
{
    public static GuidelineTexts For(Language language) => language.Pick(Nl, En);

    /// <summary>"Regel 10: Foto's ..." for a rule, the title alone for the other sections.</summary>
    public string Label(ProtocolSection section, Language language)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.IsRule ? string.Format(System.Globalization.CultureInfo.InvariantCulture, RuleLabel, section.Id, section.Title.In(language)) : section.Title.In(language);
    }

    public static readonly GuidelineTexts Nl = new(
        RuleLabel: "Regel {0}: {1}",
        AnswerHeading: "Antwoord",
        NotSureHeading: "Dat weet ik niet zeker",
        NotSure: "Op deze vraag heb ik geen zeker antwoord in het protocol. Twijfel je? Vraag het je leidinggevende voordat je iets plaatst (regel 8).",
        MaybeAbout: "Misschien gaat je vraag over:",
        OutOfScopeHeading: "Daar kan ik je niet mee helpen",
        OutOfScope: "Ik kan twee dingen: vragen over het social-media-protocol van obs BM Verkruisen beantwoorden (bijvoorbeeld over foto's, groepsapps of negatieve berichten), en een bericht controleren voordat je het plaatst (typ controleer: gevolgd door je tekst). Typ help voor voorbeeldvragen.",
        HelpHint: "Stel je vraag over het social-media-protocol, bijvoorbeeld: Mag ik foto's van mijn klas op Instagram zetten? Typ help voor meer.",
        ShowProtocolButton: "Toon het hele protocol",
        AskManagerButton: "Ik twijfel nog: vraag mijn leidinggevende",
        HelpfulButton: "👍 Nuttig",
        NotHelpfulButton: "👎 Niet nuttig",
        ProtocolTitle: "Social-media-protocol obs BM Verkruisen",
        ThanksForFeedback: "Dank je voor je reactie!",
        TranslationNote: "");

    public static readonly GuidelineTexts En = new(
        RuleLabel: "Rule {0}: {1}",
        AnswerHeading: "Answer",
        NotSureHeading: "I am not sure about that",
        NotSure: "The protocol gives me no certain answer to this question. In doubt? Ask your manager before you post anything (rule 8).",
        MaybeAbout: "Your question may be about:",
        OutOfScopeHeading: "I cannot help you with that",
        OutOfScope: "I can do two things: answer questions about the social media protocol of obs BM Verkruisen (for example about photos, group chats or negative posts), and check a post before you publish it (type check: followed by your text). Type help for example questions.",
        HelpHint: "Ask your question about the social media protocol, for example: May I post photos of my class on Instagram? Type help for more.",
        ShowProtocolButton: "Show the whole protocol",
        AskManagerButton: "Still in doubt: ask my manager",
        HelpfulButton: "👍 Helpful",
        NotHelpfulButton: "👎 Not helpful",
        ProtocolTitle: "Social media protocol obs BM Verkruisen",
        ThanksForFeedback: "Thank you for your feedback!",
        TranslationNote: "English translation; the Dutch text is the official one.");
}
