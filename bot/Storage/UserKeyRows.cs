using Azure;
using Azure.Data.Tables;

namespace Verkruisen.Bot.Storage;

/// <summary>
/// The rows of a table that carry a person's pseudonymous key in their UserKey property (question log, draft checks):
/// found for "mijn gegevens" and deleted for "verwijder mijn gegevens". A scan, bounded by the table's retention.
/// </summary>
public static class UserKeyRows
{
    /// <summary>Every row with this key; none for an empty key (rows of people without an Entra id are never linked).</summary>
    public static async Task<List<T>> ListAsync<T>(TableClient table, string userKey, CancellationToken cancellationToken)
        where T : TableRow, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<T>();
        if (string.IsNullOrEmpty(userKey))
        {
            return rows;
        }

        await foreach (var row in table.QueryAsync<T>(TableClient.CreateQueryFilter($"UserKey eq {userKey}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Deletes every row with this key; returns how many went.</summary>
    public static async Task<int> DeleteAsync<T>(TableClient table, string userKey, CancellationToken cancellationToken)
        where T : TableRow, new()
    {
        var rows = await ListAsync<T>(table, userKey, cancellationToken);
        foreach (var row in rows)
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        return rows.Count;
    }
}
