namespace Verkruisen.Bot.Chat;

/// <summary>A message that starts with a command word: the command and the text after it (may be empty).</summary>
public sealed record ChatCommandMatch(ChatCommand Command, string Argument);
