namespace Verkruisen.Bot.Chat;

/// <summary>
/// The chat commands the bot understands, exactly as manifest/manifest.json (Dutch) and manifest/en.json (English)
/// list them, and the one parser for them. The single source of truth for routing; a test checks the manifest
/// against this list both ways.
/// </summary>
public static class ChatCommands
{
    public static ChatCommand Help { get; } = new("help", "help", InTeamsAndGroupChats: true);

    /// <summary>Check a draft: "controleer: &lt;tekst&gt;".</summary>
    public static ChatCommand Check { get; } = new("controleer", "check", InTeamsAndGroupChats: true);

    /// <summary>Send a draft to the manager for approval (rule 8); personal chat only.</summary>
    public static ChatCommand RequestApproval { get; } = new("vraag goedkeuring", "ask approval", InTeamsAndGroupChats: false);

    /// <summary>The weekly digest, for the director; personal chat only.</summary>
    public static ChatCommand Digest { get; } = new("overzicht", "digest", InTeamsAndGroupChats: false);

    /// <summary>What the bot keeps about the user (AVG article 15); personal chat only.</summary>
    public static ChatCommand MyData { get; } = new("mijn gegevens", "my data", InTeamsAndGroupChats: false);

    /// <summary>Erase what the bot keeps about the user, after a confirmation (AVG article 17); personal chat only.</summary>
    public static ChatCommand EraseMyData { get; } = new("verwijder mijn gegevens", "erase my data", InTeamsAndGroupChats: false);

    /// <summary>The history of an approval request: "geschiedenis 1a2b3c4d"; personal chat only.</summary>
    public static ChatCommand History { get; } = new("geschiedenis", "history", InTeamsAndGroupChats: false);

    public static IReadOnlyList<ChatCommand> All { get; } = [Help, Check, RequestApproval, Digest, MyData, EraseMyData, History];

    /// <summary>
    /// The command a message (mention already removed) starts with: the command word alone, or followed by a colon or
    /// white space and the command's text. Case-insensitive; trailing punctuation after a lone word is ignored. A word
    /// that merely begins with a command ("check-in", "controleren", "helpdesk") is no command.
    /// </summary>
    public static ChatCommandMatch? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        foreach (var command in All)
        {
            foreach (var word in command.Words)
            {
                if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var rest = trimmed[word.Length..];
                if (rest.Length == 0 || rest.TrimEnd("!.?").Length == 0)
                {
                    return new ChatCommandMatch(command, "");
                }

                if (rest[0] == ':' || char.IsWhiteSpace(rest[0]))
                {
                    return new ChatCommandMatch(command, rest.TrimStart(':').Trim().ToString());
                }
            }
        }

        return null;
    }
}
