using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Privacy;

/// <summary>
/// One table's part of a person's rights under the AVG (GDPR articles 15 and 17): what it holds about them, in
/// words they can read, and the erasure of it. Each table that keeps a person's id has one; the my-data card lists
/// them all and "verwijder mijn gegevens" runs them all.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The tables it answers for (a test checks that every table has a source).</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>What the table holds about the user (empty when nothing).</summary>
    Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(ChatUser user, Language language, CancellationToken cancellationToken);

    /// <summary>Erases what may go; returns what was kept, and why (empty when nothing was kept).</summary>
    Task<IReadOnlyList<PersonalDataSection>> EraseAsync(ChatUser user, Language language, CancellationToken cancellationToken);
}
