using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Privacy;

namespace Verkruisen.Bot.DraftCheck.Storage;

/// <summary>
/// A person's draft checks (found by their pseudonymous key), for the my-data card and its erasure: counts by verdict
/// and dates; the drafts themselves are never stored. All go on erasure.
/// </summary>
public sealed class DraftCheckPersonalData(DraftCheckStore store, IOptions<DraftCheckOptions> options) : IPersonalDataSource
{
    public IReadOnlyList<string> Tables { get; } = [Bot.Storage.Tables.DraftChecks];

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        var checks = await store.ListUserAsync(UserKey.Of(user), cancellationToken);
        if (checks.Count == 0)
        {
            return [];
        }

        int Count(string verdict) => checks.Count(c => c.Verdict == verdict);
        var when = PrivacyDates.Range(checks[0].CheckedAt, checks[^1].CheckedAt, language);
        var deleted = PrivacyDates.Format(PrivacyDates.WeekPurge(checks[0].CheckedAt, options.Value.RetentionDays), language);
        return
        [
            new PersonalDataSection(Bot.Storage.Tables.DraftChecks, language.Pick($"Je gecontroleerde concepten ({checks.Count})", $"Your checked drafts ({checks.Count})"),
            [
                language.Pick(
                    "Per controle: wanneer, het oordeel, de regels, de soorten bevindingen, het platform, de taal, je rol en het account; nooit de tekst van het concept.",
                    "Per check: when, the verdict, the rules, the kinds of findings, the platform, the language, your role and the account; never the draft's text."),
                language.Pick(
                    $"Oordelen: {Count(VerdictNames.Allowed)} × mag, {Count(VerdictNames.AskManager)} × twijfel, {Count(VerdictNames.NotAllowed)} × niet plaatsen.",
                    $"Verdicts: {Count(VerdictNames.Allowed)} × allowed, {Count(VerdictNames.AskManager)} × ask your manager, {Count(VerdictNames.NotAllowed)} × do not post."),
                language.Pick(
                    $"Gecontroleerd {when}. Elke controle gaat {options.Value.RetentionDays} dagen na de week ervan weg; de oudste uiterlijk op {deleted}.",
                    $"Checked {when}. Each check goes {options.Value.RetentionDays} days after its week; the oldest by {deleted} at the latest."),
            ]),
        ];
    }

    public async Task<IReadOnlyList<PersonalDataSection>> EraseAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        await store.DeleteUserAsync(UserKey.Of(user), cancellationToken);
        return [];
    }
}
