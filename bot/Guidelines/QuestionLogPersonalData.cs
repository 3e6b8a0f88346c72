using Microsoft.Extensions.Options;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Privacy;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// A person's questions in the question log (found by their pseudonymous key), for the my-data card and its erasure:
/// how many, when, and the text of those the bot could not answer (the only ones whose text is kept). All go on erasure.
/// </summary>
public sealed class QuestionLogPersonalData(QuestionLogStore store, IOptions<QuestionLogOptions> options) : IPersonalDataSource
{
    private const int MaxTexts = 10;

    public IReadOnlyList<string> Tables { get; } = [Bot.Storage.Tables.QuestionLog];

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        var questions = await store.ListUserAsync(UserKey.Of(user), cancellationToken);
        if (questions.Count == 0)
        {
            return [];
        }

        var when = PrivacyDates.Range(questions[0].AskedAt, questions[^1].AskedAt, language);
        var deleted = PrivacyDates.Format(PrivacyDates.WeekPurge(questions[0].AskedAt, options.Value.RetentionDays), language);
        var texts = questions.Where(q => !string.IsNullOrEmpty(q.Text)).ToList();
        var lines = new List<string>
        {
            language.Pick(
                "Per vraag: wanneer, welke regels het antwoord noemde, de taal en je duim omhoog of omlaag; de tekst alleen van een vraag die de bot niet kon beantwoorden (voor het weekoverzicht van de directie).",
                "Per question: when, which rules the answer cited, the language and your thumbs up or down; the text only of a question the bot could not answer (for the management's weekly digest)."),
            language.Pick(
                $"Gesteld {when}. Elke vraag gaat {options.Value.RetentionDays} dagen na de week waarin je hem stelde weg; de oudste uiterlijk op {deleted}.",
                $"Asked {when}. Each question goes {options.Value.RetentionDays} days after the week you asked it; the oldest by {deleted} at the latest."),
        };
        lines.AddRange(texts.Take(MaxTexts).Select(q => language.Pick("Bewaarde tekst", "Kept text") + $" ({PrivacyDates.Format(q.AskedAt, language)}): “{CardText.Escape(q.Text!)}”"));
        if (texts.Count > MaxTexts)
        {
            lines.Add(language.Pick($"en nog {texts.Count - MaxTexts} bewaarde teksten", $"and {texts.Count - MaxTexts} more kept texts"));
        }

        return [new PersonalDataSection(Bot.Storage.Tables.QuestionLog, language.Pick($"Je vragen aan de bot ({questions.Count})", $"Your questions to the bot ({questions.Count})"), lines)];
    }

    public async Task<IReadOnlyList<PersonalDataSection>> EraseAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        await store.DeleteUserAsync(UserKey.Of(user), cancellationToken);
        return [];
    }
}
