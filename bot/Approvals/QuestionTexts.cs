using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals;

/// <summary>The words of a question to the manager (rule 8 without a draft), Dutch first. {0}, {1} are names or times.</summary>
public sealed record QuestionTexts(
    string ApproverTitle,
    string Asks,
    string Waiting,
    string SentTo,
    string BotAnswerLabel,
    string RulesLabel,
    string ReplyLabel,
    string ReplyPlaceholder,
    string ReplyRequired,
    string SendReply,
    string Answered,
    string Expired,
    string ReplyShown,
    string RequesterTitle,
    string Outcome,
    string OutcomeExpired,
    string OutcomeQuestion,
    string Reminder,
    string FormTitle,
    string FormIntro,
    string FormQuestionLabel,
    string FormQuestionPlaceholder,
    string FormQuestionRequired,
    string FormSend,
    string EmptyQuestion,
    string NotAQuestion)
{
    public static QuestionTexts For(Language language) => language.Pick(Nl, En);

    public static QuestionTexts For(string language) => For(LanguageExtensions.FromWire(language));

    public static readonly QuestionTexts Nl = new(
        ApproverTitle: "Vraag van een collega",
        Asks: "{0} twijfelt nog en legt je een vraag voor (regel 8: bij twijfel contact met de leidinggevende).",
        Waiting: "⏳ Wacht op een antwoord van {0}.",
        SentTo: "Verstuurd naar {0}. Je krijgt het antwoord hier.",
        BotAnswerLabel: "Wat de bot antwoordde",
        RulesLabel: "Regels",
        ReplyLabel: "Je antwoord",
        ReplyPlaceholder: "Je antwoord gaat naar de vrager in de chat",
        ReplyRequired: "Schrijf je antwoord.",
        SendReply: "Antwoord versturen",
        Answered: "💬 Beantwoord door {0} op {1}.",
        Expired: "⌛ Verlopen op {1}: er kwam op tijd geen antwoord, dus de bot heeft de vraag ingetrokken. Antwoorden kan niet meer; de vrager kan het opnieuw vragen als het nog speelt.",
        ReplyShown: "Antwoord: ",
        RequesterTitle: "Je vraag aan je leidinggevende",
        Outcome: "💬 {0} heeft je vraag beantwoord:",
        OutcomeExpired: "⌛ Je vraag aan {0} is verlopen: in {1} dagen kwam er geen antwoord, dus ik heb haar ingetrokken. Speelt het nog? Stel je vraag dan opnieuw.",
        OutcomeQuestion: "Je vraag van {0}: “{1}”",
        Reminder: "Herinnering: {0} wacht sinds {1} op je antwoord op een vraag. De vraag staat hierboven.",
        FormTitle: "Vraag het je leidinggevende",
        FormIntro: "Bij twijfel zoek je contact met je leidinggevende (regel 8). Ik stuur je vraag door; het antwoord krijg je hier.",
        FormQuestionLabel: "Je vraag",
        FormQuestionPlaceholder: "Waarover twijfel je?",
        FormQuestionRequired: "Schrijf je vraag.",
        FormSend: "Vraag versturen",
        EmptyQuestion: "Je vraag is leeg. Schrijf waarover je twijfelt.",
        NotAQuestion: "Dit verzoek is geen vraag: keur het goed of af.");

    public static readonly QuestionTexts En = new(
        ApproverTitle: "A question from a colleague",
        Asks: "{0} is still in doubt and asks you (rule 8: when in doubt, contact your manager).",
        Waiting: "⏳ Waiting for an answer from {0}.",
        SentTo: "Sent to {0}. You will get the answer here.",
        BotAnswerLabel: "What the bot answered",
        RulesLabel: "Rules",
        ReplyLabel: "Your answer",
        ReplyPlaceholder: "Your answer goes to the person who asked, in the chat",
        ReplyRequired: "Write your answer.",
        SendReply: "Send answer",
        Answered: "💬 Answered by {0} on {1}.",
        Expired: "⌛ Expired on {1}: there was no answer in time, so the bot withdrew the question. It can no longer be answered; the person who asked can ask again if it still matters.",
        ReplyShown: "Answer: ",
        RequesterTitle: "Your question to your manager",
        Outcome: "💬 {0} answered your question:",
        OutcomeExpired: "⌛ Your question to {0} has expired: there was no answer in {1} days, so I withdrew it. Does it still matter? Then ask your question again.",
        OutcomeQuestion: "Your question of {0}: “{1}”",
        Reminder: "Reminder: {0} has been waiting since {1} for your answer to a question. The question is above.",
        FormTitle: "Ask your manager",
        FormIntro: "When in doubt, contact your manager (rule 8). I pass your question on; you get the answer here.",
        FormQuestionLabel: "Your question",
        FormQuestionPlaceholder: "What are you unsure about?",
        FormQuestionRequired: "Write your question.",
        FormSend: "Send question",
        EmptyQuestion: "Your question is empty. Write what you are unsure about.",
        NotAQuestion: "This request is not a question: approve or reject it.");
}
