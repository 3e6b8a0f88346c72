using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Help;

/// <summary>The words of the welcome/help card, Dutch first.</summary>
public sealed record HelpTexts(
    string Title,
    string Intro,
    string WhatYouCanDo,
    IReadOnlyList<(string Command, string Explanation)> Commands,
    string ExamplesButton,
    string CheckDraftButton,
    string ExamplesTitle,
    IReadOnlyList<string> Examples,
    string BackButton,
    string Fallback)
{
    public static HelpTexts For(Language language) => language.Pick(Nl, En);

    public static readonly HelpTexts Nl = new(
        Title: "Welkom bij de Verkruisen Bot",
        Intro: "Ik help je met het social-media-protocol van obs BM Verkruisen: wat mag je wel en niet plaatsen?",
        WhatYouCanDo: "Wat je kunt doen:",
        Commands:
        [
            ("Stel een vraag", "bijvoorbeeld: Mag ik foto's van mijn klas op Instagram zetten?"),
            ("controleer: <je bericht>", "ik beoordeel je concept: mag, twijfel (vraag je leidinggevende) of niet plaatsen. Je rol erbij? \"controleer als stagiair: ...\" (leerkracht, onderwijsassistent, IB'er, conciërge, administratie, stagiair, leidinggevende, directeur)."),
            ("vraag goedkeuring", "stuur een concept naar je leidinggevende (regel 8)."),
            ("overzicht", "het weekoverzicht, voor de directeur."),
            ("help", "dit overzicht opnieuw."),
        ],
        ExamplesButton: "Voorbeeldvragen",
        CheckDraftButton: "Controleer een bericht",
        ExamplesTitle: "Voorbeeldvragen",
        Examples:
        [
            "Mag ik foto's van de schoolreis op Facebook zetten?",
            "Moet ik in de groepsapp van de ouders?",
            "Een ouder scheldt me uit op Facebook, wat nu?",
            "Mag ik als directeur mijn mening over de cao op LinkedIn delen?",
        ],
        BackButton: "Terug",
        Fallback: "Welkom bij de Verkruisen Bot. Stel je vraag over het social-media-protocol, of typ help.");

    public static readonly HelpTexts En = new(
        Title: "Welcome to the Verkruisen Bot",
        Intro: "I help you with the social media protocol of obs BM Verkruisen: what may you post, and what not?",
        WhatYouCanDo: "What you can do:",
        Commands:
        [
            ("Ask a question", "for example: May I post photos of my class on Instagram?"),
            ("check: <your post>", "I review your draft: allowed, in doubt (ask your manager) or do not post. Your role too? \"check as intern: ...\" (teacher, support, intern, manager, director)."),
            ("ask approval", "send a draft to your manager (rule 8)."),
            ("digest", "the weekly digest, for the director."),
            ("help", "this overview again."),
        ],
        ExamplesButton: "Example questions",
        CheckDraftButton: "Check a post",
        ExamplesTitle: "Example questions",
        Examples:
        [
            "May I post photos of the school trip on Facebook?",
            "Do I have to join the parents' group chat?",
            "A parent insults me on Facebook, what now?",
            "May I, as director, share my opinion on the collective agreement on LinkedIn?",
        ],
        BackButton: "Back",
        Fallback: "Welcome to the Verkruisen Bot. Ask your question about the social media protocol, or type help.");
}
