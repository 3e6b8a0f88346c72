namespace Verkruisen.Bot.Teams;

/// <summary>
/// The chat commands the bot understands, exactly as manifest/manifest.json (Dutch) and manifest/en.json (English)
/// list them. The single source of truth for routing; a test checks the manifest against this list both ways.
/// </summary>
public static class BotCommands
{
    public static BotCommand Help { get; } = new("help", "help", InTeamsAndGroupChats: true);

    /// <summary>Check a draft: "controleer: &lt;tekst&gt;".</summary>
    public static BotCommand Check { get; } = new("controleer", "check", InTeamsAndGroupChats: true);

    /// <summary>Send a draft to the manager for approval (rule 8); personal chat only.</summary>
    public static BotCommand RequestApproval { get; } = new("vraag goedkeuring", "ask approval", InTeamsAndGroupChats: false);

    /// <summary>The weekly digest, for the director; personal chat only.</summary>
    public static BotCommand Digest { get; } = new("overzicht", "digest", InTeamsAndGroupChats: false);

    /// <summary>What the bot keeps about the user (AVG article 15); personal chat only.</summary>
    public static BotCommand MyData { get; } = new("mijn gegevens", "my data", InTeamsAndGroupChats: false);

    /// <summary>Erase what the bot keeps about the user, after a confirmation (AVG article 17); personal chat only.</summary>
    public static BotCommand EraseMyData { get; } = new("verwijder mijn gegevens", "erase my data", InTeamsAndGroupChats: false);

    /// <summary>The history of an approval request: "geschiedenis 1a2b3c4d"; personal chat only.</summary>
    public static BotCommand History { get; } = new("geschiedenis", "history", InTeamsAndGroupChats: false);

    public static IReadOnlyList<BotCommand> All { get; } = [Help, Check, RequestApproval, Digest, MyData, EraseMyData, History];

    /// <summary>
    /// The command a message (mention already removed) starts with: the command word alone, or followed by a colon or
    /// white space and the command's text. Case-insensitive; trailing punctuation after a lone word is ignored.
    /// </summary>
    public static BotCommandMatch? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        foreach (var command in All)
        {
            foreach (var word in command.Words)
            {
                if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var rest = trimmed[word.Length..];
                if (rest.Length == 0 || rest.TrimEnd('!', '.', '?').Length == 0)
                {
                    return new BotCommandMatch(command, "");
                }

                if (rest[0] == ':' || char.IsWhiteSpace(rest[0]))
                {
                    return new BotCommandMatch(command, rest.TrimStart(':').Trim());
                }
            }
        }

        return null;
    }
}
