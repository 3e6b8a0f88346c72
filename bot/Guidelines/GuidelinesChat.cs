using System.Text.Json.Nodes;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Help;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The guidelines feature in plain terms: a question in, a card out (logged); its buttons (whole protocol,
/// ask my manager, thumbs up/down). Answers read the school's labelled questions (<see cref="LearnedExamples"/>)
/// too. A question log that is down never stops the answer.
/// </summary>
public sealed partial class GuidelinesChat(QuestionEngine engine, LearnedExamples learned, QuestionLogStore log, ILogger<GuidelinesChat> logger)
    : IChatFeature, IChatFallback
{
    /// <summary>A message no command took: answered as a question (greetings and "help" too).</summary>
    public Task<ChatReply> AnswerAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return AnswerAsync(message.Text, message.User, message.Language, cancellationToken);
    }

    /// <summary>Questions are the fallback, never a command: <see cref="AnswerAsync(ChatMessage, CancellationToken)"/>.</summary>
    public Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<ChatReply?>(null);

    public async Task<ChatReply> AnswerAsync(string text, ChatUser user, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(user);
        // The school's own labelled questions count next to the model (nearest example, no retraining).
        var result = engine.Answer(text, learned);
        // The answer is in the language of the question; the client's locale decides only when the text cannot tell.
        language = result.LanguageOr(language);
        result = result with { Language = language };
        if (result.Kind == QuestionKind.Help)
        {
            return ChatReply.FromCard(HelpCards.Welcome(language));
        }

        var questionId = await TryLogAsync(result, text, Privacy.UserKey.Of(user), cancellationToken);
        return ChatReply.FromCard(result.Kind == QuestionKind.OutOfScope
            ? GuidelineCards.OutOfScope(language)
            : GuidelineCards.Answer(result, questionId, language, text));
    }

    /// <summary>Handles this feature's buttons; null for a verb that is not ours.</summary>
    public async Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var t = GuidelineTexts.For(request.Language);
        switch (request.Verb)
        {
            case GuidelineCards.ShowProtocolVerb:
                return CardActionResult.SendMessage.Card(GuidelineCards.WholeProtocol(engine.Protocol, request.Language), request.Language);
            case DraftCheck.Cards.CheckOfferCard.AskAsQuestionVerb:
                // "No, it is a question" on the offer to check a pasted text: the answer, as a new message.
                var question = request.Get(DraftCheck.Cards.CheckOfferCard.QuestionKey) ?? "";
                return CardActionResult.SendMessage.Below(await AnswerAsync(question, request.User, request.Language, cancellationToken), request.Language);
            case GuidelineCards.FeedbackVerb:
                var questionId = request.Get("questionId");
                if (questionId is null || Helpful(request.Data) is not { } helpful)
                {
                    return new CardActionResult.Failure(400, "BadFeedback", t.ThanksForFeedback);
                }

                try
                {
                    var stored = await log.SetFeedbackAsync(questionId, helpful, cancellationToken);
                    Log.Feedback(logger, questionId, helpful, stored);
                }
                catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
                {
                    Log.StorageFailed(logger, StorageFailure.StatusOf(ex));
                }

                return new CardActionResult.Message(t.ThanksForFeedback);
            default:
                return null;
        }
    }

    private async Task<string> TryLogAsync(QuestionResult result, string text, string userKey, CancellationToken cancellationToken)
    {
        try
        {
            var id = await log.LogAsync(result, text, userKey, cancellationToken);
            Log.Answered(logger, id, result.Kind.ToWire(), string.Join(',', result.RuleIds), result.Confident);
            return id;
        }
        catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
        {
            Log.StorageFailed(logger, StorageFailure.StatusOf(ex));
            return "";
        }
    }

    /// <summary>The "helpful" value as a bool, whether the client sent a JSON boolean or a string.</summary>
    private static bool? Helpful(JsonObject data) =>
        data.TryGetPropertyValue("helpful", out var node) && node is JsonValue value
            ? value.TryGetValue<bool>(out var b) ? b
                : value.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) ? parsed : null
            : null;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Question {QuestionId}: {Kind}, rules [{Rules}], confident {Confident}")]
        public static partial void Answered(ILogger logger, string questionId, string kind, string rules, bool confident);

        [LoggerMessage(2, LogLevel.Information, "Feedback on {QuestionId}: helpful {Helpful}, stored {Stored}")]
        public static partial void Feedback(ILogger logger, string questionId, bool helpful, bool stored);

        [LoggerMessage(3, LogLevel.Warning, "Question log not reachable (status {Status}); answering without it")]
        public static partial void StorageFailed(ILogger logger, int status);
    }
}
