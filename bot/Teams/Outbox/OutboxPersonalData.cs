using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams.Outbox;

/// <summary>
/// Replies to the user still waiting in the outbox (the Connector did not take them in time): named on the my-data
/// card and deleted by the erasure, so no reply arrives after "verwijder mijn gegevens". The rows hold no user id in
/// a column, so each row's reference is read; the outbox holds only a few rows, for at most Teams:Outbox:MaxAge.
/// </summary>
public sealed class OutboxPersonalData(Tables tables, IOptions<OutboxOptions> options) : IPersonalDataSource
{
    public IReadOnlyList<string> Tables { get; } = [Bot.Storage.Tables.ReplyOutbox];

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var count = (await RowsOfAsync(user, cancellationToken)).Count;
        if (count == 0)
        {
            return [];
        }

        var hours = (int)Math.Ceiling(options.Value.MaxAge.TotalHours);
        return
        [
            new PersonalDataSection(Bot.Storage.Tables.ReplyOutbox, language.Pick($"Antwoorden van de bot die nog onderweg zijn ({count})", $"Replies of the bot still on their way ({count})"),
            [
                language.Pick(
                    $"Teams nam ze niet op tijd aan; ze worden verwijderd zodra ze bezorgd zijn, en uiterlijk na {hours} uur.",
                    $"Teams did not take them in time; they are deleted once delivered, and after {hours} hours at the latest."),
            ]),
        ];
    }

    public async Task<IReadOnlyList<PersonalDataSection>> EraseAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var table = tables.Get(Bot.Storage.Tables.ReplyOutbox);
        foreach (var row in await RowsOfAsync(user, cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, Azure.ETag.All, cancellationToken);
        }

        return [];
    }

    private async Task<List<OutboxEntity>> RowsOfAsync(ChatUser user, CancellationToken cancellationToken)
    {
        var rows = new List<OutboxEntity>();
        if (string.IsNullOrEmpty(user.AadObjectId))
        {
            return rows;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OutboxEntity.Partition}");
        await foreach (var row in tables.Get(Bot.Storage.Tables.ReplyOutbox).QueryAsync<OutboxEntity>(filter, cancellationToken: cancellationToken))
        {
            var reference = OutboxStore.ReferenceOf(row);
            // Entra object ids are unique across tenants.
            if (reference.User?.AadObjectId == user.AadObjectId)
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
