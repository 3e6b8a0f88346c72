using Microsoft.Extensions.Options;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Privacy;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>
/// The school examples on the my-data card. A labelled question holds no id of whoever asked it; it is linked to them
/// only through their own question-log row (same id), while that row exists. The card lists those questions and says
/// that they stay as teaching examples; erasure deletes the log rows (their own source), after which nothing links the
/// example to the person, so there is nothing here to erase.
/// </summary>
public sealed class SchoolExamplePersonalData(QuestionLogStore questionLog, SchoolExampleStore store, IOptions<SchoolExampleOptions> options)
    : IPersonalDataSource
{
    public IReadOnlyList<string> Tables { get; } = [Storage.Tables.SchoolExamples];

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        var asked = (await questionLog.ListUserAsync(UserKey.Of(user), cancellationToken)).Where(q => q.Text is not null).Select(q => q.QuestionId).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
        {
            return [];
        }

        var examples = (await store.ReadAllAsync(cancellationToken)).Where(e => asked.Contains(e.RowKey)).ToList();
        if (examples.Count == 0)
        {
            return [];
        }

        var days = options.Value.RetentionDays;
        var lines = new List<string>
        {
            language.Pick(
                $"De directeur heeft deze vragen die de bot niet kon beantwoorden bij een regel ingedeeld. Ze blijven bewust bewaard als lesvoorbeeld voor de bot: de tekst (voornamen vervangen door [naam]) en de regel, zonder je naam of id, tot {days} dagen na het indelen. Na 'verwijder mijn gegevens' is niets meer aan jou te koppelen.",
                $"The director assigned these questions the bot could not answer to a rule. They are kept on purpose as teaching examples for the bot: the text (first names replaced by [name]) and the rule, without your name or id, until {days} days after they were assigned. After 'erase my data' nothing links them to you."),
        };
        lines.AddRange(examples.Select(e => $"“{CardText.Escape(e.Text)}” ({PrivacyDates.Format(e.LabelledAt.AddDays(days), language)})"));
        return [new PersonalDataSection(Storage.Tables.SchoolExamples, language.Pick($"Je vragen als lesvoorbeeld ({examples.Count})", $"Your questions as teaching examples ({examples.Count})"), lines)];
    }

    public Task<IReadOnlyList<PersonalDataSection>> EraseAsync(ChatUser user, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonalDataSection>>([]);
}
