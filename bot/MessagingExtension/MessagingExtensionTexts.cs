using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>The words of the messaging extension (search results, the check dialog), Dutch first.</summary>
public sealed record MessagingExtensionTexts(
    string RuleCardSource,
    string PlainAnswer,
    string DialogTitle,
    string NoText,
    string AlsoImages,
    string InsertVerdict,
    string UnknownCommand,
    string UnknownRule,
    string NoResults)
{
    public static MessagingExtensionTexts For(Language language) => language.Pick(Nl, En);

    public static readonly MessagingExtensionTexts Nl = new(
        RuleCardSource: "Uit het social-media-protocol van obs BM Verkruisen",
        PlainAnswer: "In gewone woorden",
        DialogTitle: "Controleer dit bericht",
        NoText: "Dit bericht heeft geen tekst die ik kan controleren (alleen een afbeelding, een kaart of een bijlage). Plak hieronder zelf de tekst die je wilt plaatsen.",
        AlsoImages: "Het bericht bevat ook afbeeldingen of bijlagen. Staan er leerlingen op? Zet dan het vinkje bij foto's of video aan.",
        InsertVerdict: "Plaats het oordeel in het gesprek",
        UnknownCommand: "Deze opdracht ken ik niet. Werk de app bij of kies een andere opdracht.",
        UnknownRule: "Die regel ken ik niet (meer). Zoek opnieuw.",
        NoResults: "Geen regel gevonden. Probeer een woord als foto, WhatsApp, ouders of twijfel.");

    public static readonly MessagingExtensionTexts En = new(
        RuleCardSource: "From the social media protocol of obs BM Verkruisen",
        PlainAnswer: "In plain words",
        DialogTitle: "Check this message",
        NoText: "This message has no text I can check (only an image, a card or an attachment). Paste the text you want to post below.",
        AlsoImages: "The message also has images or attachments. Do pupils appear in them? Then tick photos or video.",
        InsertVerdict: "Insert the verdict into the conversation",
        UnknownCommand: "I do not know this command. Update the app or choose another command.",
        UnknownRule: "I do not know that rule (any more). Search again.",
        NoResults: "No rule found. Try a word such as photo, WhatsApp, parents or doubt.");
}
