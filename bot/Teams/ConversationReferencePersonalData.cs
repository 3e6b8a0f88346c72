using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Privacy;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams;

/// <summary>The user's conversation reference, for the my-data card and its erasure.</summary>
public sealed class ConversationReferencePersonalData(ConversationReferenceStore store, IOptions<TeamsOptions> options) : IPersonalDataSource
{
    public IReadOnlyList<string> Tables { get; } = [Bot.Storage.Tables.ConversationReferences];

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await store.FindEntityAsync(user.TenantId, user.AadObjectId ?? "", cancellationToken) is not { } entity)
        {
            return [];
        }

        var deleted = PrivacyDates.Format(entity.UpdatedAt.AddDays(options.Value.ReferenceRetentionDays), language);
        return
        [
            new PersonalDataSection(Bot.Storage.Tables.ConversationReferences, language.Pick("Je gesprek met de bot", "Your chat with the bot"),
            [
                language.Pick(
                    "De ids die Teams nodig heeft om je een bericht te sturen (gesprek, service-URL); geen berichten.",
                    "The ids Teams needs to send you a message (conversation, service URL); no messages."),
                language.Pick(
                    $"Laatst gebruikt {PrivacyDates.Format(entity.UpdatedAt, language)}; verwijderd op {deleted} als je de bot tot dan niets stuurt, of als je de bot verwijdert.",
                    $"Last used {PrivacyDates.Format(entity.UpdatedAt, language)}; deleted on {deleted} unless you message the bot before then, or when you remove the bot."),
            ]),
        ];
    }

    public async Task<IReadOnlyList<PersonalDataSection>> EraseAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await store.DeleteAsync(user.TenantId, user.AadObjectId ?? "", cancellationToken);
        return [];
    }
}
