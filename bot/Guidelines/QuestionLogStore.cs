using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Guidelines;

/// <summary>The question log in Table Storage: write, feedback, read one week, purge old weeks.</summary>
public sealed class QuestionLogStore(Tables tables, TimeProvider time, IOptions<QuestionLogOptions> options)
{
    private const int MaxTextLength = 500;
    private const int MaxLikely = 3;

    /// <summary>Characters Table Storage does not allow in keys (and control characters).</summary>
    private static readonly System.Buffers.SearchValues<char> KeyForbidden = System.Buffers.SearchValues.Create("/\\#?\t\n\r");

    private TableClient Table => tables.Get(Tables.QuestionLog);

    /// <summary>Logs a question, with the asker's pseudonymous key, and returns its id (for the feedback buttons).</summary>
    public async Task<string> LogAsync(QuestionResult result, string question, string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(question);
        var now = time.GetUtcNow();
        var unanswered = result.Kind == QuestionKind.Answer && !result.Confident;
        var entity = new QuestionLogEntity
        {
            PartitionKey = SchoolCalendar.WeekKey(now),
            RowKey = (DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8],
            AskedAt = now,
            Kind = result.Kind.ToWire(),
            Answered = result.Kind != QuestionKind.Answer || result.Confident,
            Rules = string.Join(',', result.RuleIds),
            Language = result.Language == Language.En ? "en" : "nl",
            Confidence = result.Confidence,
            Text = unanswered ? Cards.CardText.Truncate(question.Trim(), MaxTextLength) : null,
            Likely = unanswered ? string.Join(',', result.Ranked.Take(MaxLikely).Select(r => r.Section.Id)) : null,
            UserKey = userKey ?? "",
        };
        await Table.AddEntityAsync(entity, cancellationToken);
        return entity.QuestionId;
    }

    /// <summary>One logged question by its id; null when the id is malformed or unknown (e.g. purged).</summary>
    public async Task<QuestionLogEntity?> GetAsync(string questionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        if (Split(questionId) is not var (partition, row))
        {
            return null;
        }

        var found = await Table.GetEntityIfExistsAsync<QuestionLogEntity>(partition, row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Stores thumbs up/down on a logged question; false when the id is unknown (e.g. purged).</summary>
    public async Task<bool> SetFeedbackAsync(string questionId, bool helpful, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        if (Split(questionId) is not var (partition, row))
        {
            return false;
        }

        var update = new TableEntity(partition, row) { [nameof(QuestionLogEntity.Helpful)] = helpful };
        try
        {
            await Table.UpdateEntityAsync(update, ETag.All, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 400)
        {
            return false;
        }
    }

    /// <summary>Every question of one ISO week ("2026-W48"), newest first: one partition, no scan.</summary>
    public IAsyncEnumerable<QuestionLogEntity> ReadWeekAsync(string week, CancellationToken cancellationToken) =>
        Table.QueryAsync<QuestionLogEntity>(e => e.PartitionKey == week, cancellationToken: cancellationToken);

    /// <summary>A person's questions (by their pseudonymous key), oldest first; none for an empty key.</summary>
    public async Task<IReadOnlyList<QuestionLogEntity>> ListUserAsync(string userKey, CancellationToken cancellationToken) =>
        [.. (await UserKeyRows.ListAsync<QuestionLogEntity>(Table, userKey, cancellationToken)).OrderBy(r => r.AskedAt)];

    /// <summary>Erases a person's questions (by their pseudonymous key); returns how many went.</summary>
    public Task<int> DeleteUserAsync(string userKey, CancellationToken cancellationToken) =>
        UserKeyRows.DeleteAsync<QuestionLogEntity>(Table, userKey, cancellationToken);

    /// <summary>Deletes every week that ended before the retention period; returns the number of entries deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = SchoolCalendar.WeekKey(time.GetUtcNow().AddDays(-options.Value.RetentionDays));
        var old = Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey lt {cutoff}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken);
        var deleted = 0;
        var batch = new List<TableTransactionAction>();
        await foreach (var entity in old)
        {
            if (batch.Count == 100 || (batch.Count > 0 && batch[0].Entity.PartitionKey != entity.PartitionKey))
            {
                deleted += await SubmitAsync(batch, cancellationToken);
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All));
        }

        return deleted + await SubmitAsync(batch, cancellationToken);
    }

    /// <summary>A question id's partition (the week) and row; null when it is not of that shape.</summary>
    private static (string Partition, string Row)? Split(string questionId)
    {
        var split = questionId.IndexOf('_', StringComparison.Ordinal);
        return split <= 0 || split == questionId.Length - 1 || questionId.AsSpan().ContainsAny(KeyForbidden)
            ? null
            : (questionId[..split], questionId[(split + 1)..]);
    }

    private async Task<int> SubmitAsync(List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await Table.SubmitTransactionAsync(batch, cancellationToken);
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
