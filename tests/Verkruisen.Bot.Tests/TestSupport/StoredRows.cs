using Azure.Data.Tables;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>Everything a bot instance keeps in Azurite: its tables (those with its prefix) and every row in them, and a wait for what it writes.</summary>
public static class StoredRows
{
    /// <summary>The names (prefix removed) of the tables that exist under the prefix.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(TableServiceClient service, string prefix)
    {
        var names = new List<string>();
        await foreach (var table in service.QueryAsync(cancellationToken: CancellationToken.None))
        {
            if (table.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                names.Add(table.Name[prefix.Length..]);
            }
        }

        return names;
    }

    /// <summary>Every row of every table under the prefix, as (table, row).</summary>
    public static async Task<IReadOnlyList<(string Table, TableEntity Row)>> AllAsync(TableServiceClient service, string prefix)
    {
        var rows = new List<(string, TableEntity)>();
        foreach (var name in await TablesAsync(service, prefix))
        {
            await foreach (var row in service.GetTableClient(prefix + name).QueryAsync<TableEntity>())
            {
                rows.Add((name, row));
            }
        }

        return rows;
    }

    /// <summary>The rows in which any key or value contains <paramref name="needle"/>, as "table: key=value".</summary>
    public static IEnumerable<string> Mentioning(IEnumerable<(string Table, TableEntity Row)> rows, string needle) =>
        from r in rows
        from pair in r.Row
        where pair.Key != "odata.etag" && Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture)?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true
        select $"{r.Table}: {pair.Key}={pair.Value}";

    /// <summary>
    /// True as soon as <paramref name="condition"/> (which reads the tables) holds; false after 90 s, an upper bound like
    /// FakeConnector's waits.
    /// </summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            // A poll period, not a wait standing in for an event: Table Storage has no change notification, and the
            // loop ends as soon as the condition holds.
            await Task.Delay(50); // poll period (see above): Table Storage has no change event
        }

        return true;
    }
}
