using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck.Storage;

/// <summary>
/// Records checks in the DraftChecks table, one partition per ISO week so the digest reads a week without a scan,
/// and purges weeks older than the retention.
/// </summary>
public sealed class DraftCheckStore(Verkruisen.Bot.Storage.Tables tables, TimeProvider time, IOptions<DraftCheckOptions> options)
{
    private const int BatchSize = 100;

    private TableClient Table => tables.Get(Verkruisen.Bot.Storage.Tables.DraftChecks);

    /// <summary>Records a check with the pseudonymous key of who made it ("" when unknown).</summary>
    public async Task RecordAsync(DraftCheckResult result, DraftContext context, string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        if (result.Verdict is not { } verdict)
        {
            return;
        }

        var now = time.GetUtcNow();
        var entity = new DraftCheckEntity
        {
            PartitionKey = SchoolCalendar.WeekKey(now),
            RowKey = string.Create(CultureInfo.InvariantCulture, $"{now.UtcTicks:D19}-{Guid.NewGuid():N}"),
            Verdict = verdict.ToWire(),
            Rules = string.Join(',', result.Rules),
            Kinds = string.Join(',', result.Findings.Select(f => f.Kind).Distinct(StringComparer.Ordinal)),
            Platform = context.Platform ?? "",
            Language = result.DraftLanguage == Language.En ? "en" : "nl",
            Role = context.Role.ToString().ToLowerInvariant(),
            Account = context.Account.ToString().ToLowerInvariant(),
            CheckedAt = now,
            UserKey = userKey ?? "",
        };
        await Table.AddEntityAsync(entity, cancellationToken);
    }

    /// <summary>The checks of one ISO week ("2026-W48"), oldest first.</summary>
    public async Task<IReadOnlyList<DraftCheckRecord>> ReadWeekAsync(string isoWeek, CancellationToken cancellationToken)
    {
        var records = new List<DraftCheckRecord>();
        await foreach (var e in Table.QueryAsync<DraftCheckEntity>(e => e.PartitionKey == isoWeek, cancellationToken: cancellationToken))
        {
            records.Add(new DraftCheckRecord(e.Verdict, Split(e.Rules), Split(e.Kinds), e.Platform, e.Language, e.Role, e.Account, e.CheckedAt));
        }

        return records;
    }

    /// <summary>A person's checks (by their pseudonymous key), oldest first; none for an empty key.</summary>
    public async Task<IReadOnlyList<DraftCheckEntity>> ListUserAsync(string userKey, CancellationToken cancellationToken) =>
        [.. (await Verkruisen.Bot.Storage.UserKeyRows.ListAsync<DraftCheckEntity>(Table, userKey, cancellationToken)).OrderBy(r => r.CheckedAt)];

    /// <summary>Erases a person's checks (by their pseudonymous key); returns how many went.</summary>
    public Task<int> DeleteUserAsync(string userKey, CancellationToken cancellationToken) =>
        Verkruisen.Bot.Storage.UserKeyRows.DeleteAsync<DraftCheckEntity>(Table, userKey, cancellationToken);

    /// <summary>Deletes every week that ended before the retention period; returns how many records went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = SchoolCalendar.WeekKey(time.GetUtcNow().AddDays(-options.Value.RetentionDays));
        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {cutoff}");
        var old = new List<DraftCheckEntity>();
        await foreach (var e in Table.QueryAsync<DraftCheckEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            old.Add(e);
        }

        foreach (var batch in old.GroupBy(e => e.PartitionKey).SelectMany(p => p.Chunk(BatchSize)))
        {
            await Table.SubmitTransactionAsync([.. batch.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e))], cancellationToken);
        }

        return old.Count;
    }

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
