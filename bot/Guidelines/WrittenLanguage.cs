using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The chat's <see cref="IWrittenLanguage"/>: the question engine's own detection (Snowball's function words and the protocol's English hints).</summary>
public sealed class WrittenLanguage(QuestionEngine engine) : IWrittenLanguage
{
    public Language? Detect(string text) => engine.LanguageOf(text);
}
