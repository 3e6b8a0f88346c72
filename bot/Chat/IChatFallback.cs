namespace Verkruisen.Bot.Chat;

/// <summary>Answers every message no <see cref="IChatFeature"/> took (the guidelines: a question, a greeting, "help").</summary>
public interface IChatFallback
{
    Task<ChatReply> AnswerAsync(ChatMessage message, CancellationToken cancellationToken);
}
