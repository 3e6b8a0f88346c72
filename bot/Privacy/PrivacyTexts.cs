using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Privacy;

/// <summary>The words of the my-data cards, Dutch first.</summary>
public sealed record PrivacyTexts(
    string Title,
    string Intro,
    string Nothing,
    string Unlinked,
    string EraseButton,
    string ConfirmTitle,
    string ConfirmIntro,
    string ConfirmKept,
    string ConfirmButton,
    string CancelButton,
    string ErasedTitle,
    string ErasedIntro,
    string KeptTitle,
    string NothingKept,
    string NewReference,
    string PersonalChatOnly,
    string NoIdentity,
    string Failed)
{
    private static readonly PrivacyTexts Nl = new(
        Title: "Wat de bot over jou bewaart",
        Intro: "Dit zijn alle soorten gegevens die de bot met jouw account verbindt, met tot wanneer ze bewaard worden (AVG artikel 15).",
        Nothing: "De bot bewaart niets dat met jouw account verbonden is.",
        Unlinked: "Je vragen en je gecontroleerde concepten bewaart de bot onder een schuilnaam: een code die hij uit je account berekent, niet je naam of id. Daarom staan ze hier en gaan ze mee als je je gegevens verwijdert. Vragen en controles uit de tijd vóór die schuilnaam kan de bot niet aan jou koppelen; die gaan weg met hun bewaartermijn. De tekst van een concept wordt nooit bewaard.",
        EraseButton: "Verwijder mijn gegevens",
        ConfirmTitle: "Weet je het zeker?",
        ConfirmIntro: "De bot verwijdert alles wat hierboven aan jou verbonden is (AVG artikel 17). Dit kan niet ongedaan worden gemaakt.",
        ConfirmKept: "Wat blijft: van goedkeuringsverzoeken waarover al besloten is, houdt de school alleen het besluit, de datum en wie besliste, zonder jouw naam of id (het is het verslag van een besluit van de school). Verzoeken die jij moest beoordelen blijven staan zoals ze zijn: dat zijn besluiten van de school.",
        ConfirmButton: "Ja, verwijder mijn gegevens",
        CancelButton: "Nee, terug",
        ErasedTitle: "Je gegevens zijn verwijderd",
        ErasedIntro: "Alles wat de bot aan jouw account verbond is weg, behalve wat hieronder staat.",
        KeptTitle: "Wat bewaard blijft, en waarom",
        NothingKept: "Er is niets bewaard gebleven.",
        NewReference: "Stuur je de bot later weer een bericht, dan bewaart hij opnieuw hoe hij je kan antwoorden.",
        PersonalChatOnly: "Vraag dit in je persoonlijke chat met de bot: daar ziet niemand anders je gegevens.",
        NoIdentity: "Ik kan je account niet herkennen, dus ik kan je gegevens niet opzoeken.",
        Failed: "De opslag is nu niet bereikbaar. Probeer het zo nog eens; er is niets verwijderd.");

    private static readonly PrivacyTexts En = new(
        Title: "What the bot keeps about you",
        Intro: "These are all kinds of data the bot links to your account, with how long each is kept (GDPR article 15).",
        Nothing: "The bot keeps nothing linked to your account.",
        Unlinked: "The bot keeps your questions and checked drafts under a pseudonym: a code it computes from your account, not your name or id. That is why they are listed here and go when you erase your data. Questions and checks from before that pseudonym cannot be linked to you; they go with their retention. A draft's text is never stored.",
        EraseButton: "Erase my data",
        ConfirmTitle: "Are you sure?",
        ConfirmIntro: "The bot erases everything above that is linked to you (GDPR article 17). This cannot be undone.",
        ConfirmKept: "What stays: of approval requests that were already decided, the school keeps only the decision, its date and who decided, without your name or id (it is the record of a school decision). Requests you had to review stay as they are: they are the school's decisions.",
        ConfirmButton: "Yes, erase my data",
        CancelButton: "No, go back",
        ErasedTitle: "Your data has been erased",
        ErasedIntro: "Everything the bot linked to your account is gone, except what is listed below.",
        KeptTitle: "What is kept, and why",
        NothingKept: "Nothing was kept.",
        NewReference: "If you message the bot again later, it stores again how to reply to you.",
        PersonalChatOnly: "Ask this in your personal chat with the bot, where nobody else sees your data.",
        NoIdentity: "I cannot recognise your account, so I cannot look up your data.",
        Failed: "Storage cannot be reached right now. Please try again in a moment; nothing was erased.");

    public static PrivacyTexts For(Language language) => language.Pick(Nl, En);
}
