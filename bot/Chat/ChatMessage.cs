using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Chat;

/// <summary>
/// A message to the bot in plain terms: its text (mention removed, trimmed), the command it starts with (parsed once,
/// by <see cref="ChatCommands.Parse"/>), who wrote it, in which language, and whether it came in the personal chat.
/// </summary>
public sealed record ChatMessage(string Text, ChatCommandMatch? Command, ChatUser User, Language Language, bool PersonalChat)
{
    public static ChatMessage Of(string text, ChatUser user, Language language, bool personalChat = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ChatMessage(text, ChatCommands.Parse(text), user, language, personalChat);
    }

    /// <summary>True when the message starts with <paramref name="command"/>.</summary>
    public bool Is(ChatCommand command) => Command?.Command == command;
}
