using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Chat;

/// <summary>
/// The language a text is written in, null when it is too short to tell. Teams clients often run in English while
/// staff write Dutch: the bot answers in the language of the message, and the client's locale decides only when the
/// text cannot tell.
/// </summary>
public interface IWrittenLanguage
{
    Language? Detect(string text);
}
