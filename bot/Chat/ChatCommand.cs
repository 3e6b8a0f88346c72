namespace Verkruisen.Bot.Chat;

/// <summary>
/// A chat command the bot understands, in both languages. Teams sends a command picked from the menu in the user's
/// language (the manifest's title in Dutch, en.json's in English), so both words must be understood.
/// </summary>
/// <param name="Dutch">The word in manifest/manifest.json's command lists.</param>
/// <param name="English">The word in manifest/en.json.</param>
/// <param name="InTeamsAndGroupChats">Offered in channels and group chats too (else only in the personal chat).</param>
public sealed record ChatCommand(string Dutch, string English, bool InTeamsAndGroupChats)
{
    public IEnumerable<string> Words => Dutch == English ? [Dutch] : [Dutch, English];
}
