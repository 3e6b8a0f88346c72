using Verkruisen.Bot.Approvals;
using Verkruisen.Bot.DraftCheck.Storage;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.Digest;

/// <summary>
/// Reads what one digest needs, and nothing more: the week's and the week before's partitions of the question log
/// and the draft checks (one query each, a page per 1,000 rows), and three approval queries.
/// </summary>
public sealed class DigestReader(
    QuestionLogStore questionLog,
    DraftCheckStore draftChecks,
    DigestBuilder builder,
    IApprovalDigestSource approvals)
{
    public async Task<WeeklyDigest> ReadAsync(DigestWeek week, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(week);
        var previous = week.Previous();
        var questions = ReadQuestionsAsync(week.Key, cancellationToken);
        var previousQuestions = ReadQuestionsAsync(previous.Key, cancellationToken);
        var checks = draftChecks.ReadWeekAsync(week.Key, cancellationToken);
        var previousChecks = draftChecks.ReadWeekAsync(previous.Key, cancellationToken);
        var created = approvals.ListCreatedAsync(previous.Start, week.End, cancellationToken);
        var decided = approvals.ListDecidedAsync(previous.Start, week.End, cancellationToken);
        var open = approvals.ListOpenAsync(cancellationToken);
        await Task.WhenAll(questions, previousQuestions, checks, previousChecks, created, decided, open);

        var previousCounts = DigestBuilder.Count(previous, await previousQuestions, await previousChecks, await created, await decided);
        return builder.Build(new DigestInput(week, asOf, await questions, await checks, await created, await decided, await open, previousCounts));
    }

    private async Task<IReadOnlyList<QuestionLogEntity>> ReadQuestionsAsync(string week, CancellationToken cancellationToken)
    {
        var rows = new List<QuestionLogEntity>();
        await foreach (var row in questionLog.ReadWeekAsync(week, cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
