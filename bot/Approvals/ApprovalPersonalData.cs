using Azure;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Privacy;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Approval requests a person made or had to decide, for the my-data card and its erasure. Erasing a requester:
/// open and withdrawn requests go with every pointer; a decided request is the school's record and keeps only the
/// decision, its dates and the approver, with the requester's id replaced by <see cref="ErasedRequester"/>. Requests
/// the person had to decide stay as they are (the school's decisions), and the card says so.
/// </summary>
public sealed class ApprovalPersonalData(ApprovalStore store, ApprovalEventLog events, TimeProvider time, IOptions<ApprovalOptions> options) : IPersonalDataSource
{
    /// <summary>What a decided request holds instead of an erased requester's id.</summary>
    public const string ErasedRequester = "erased-on-request";

    private const int MaxLines = 20;

    public IReadOnlyList<string> Tables { get; } = [Bot.Storage.Tables.ApprovalRequests, Bot.Storage.Tables.ApprovalIndex, Bot.Storage.Tables.ApprovalEvents];

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (made, decided) = await InvolvingAsync(user, cancellationToken);
        var sections = new List<PersonalDataSection>();
        if (made.Count > 0)
        {
            sections.Add(new PersonalDataSection(Bot.Storage.Tables.ApprovalRequests,
                language.Pick($"Verzoeken aan je leidinggevende die je stuurde ({made.Count})", $"Requests to your manager you sent ({made.Count})"),
                Lines(made, r => MadeLine(r, language), language)));
        }

        if (decided.Count > 0)
        {
            sections.Add(new PersonalDataSection(Bot.Storage.Tables.ApprovalRequests,
                language.Pick($"Verzoeken die jij moest beoordelen ({decided.Count})", $"Requests you had to review ({decided.Count})"),
                Lines(decided, r => ReviewLine(r, user.AadObjectId!, language), language)));
        }

        return sections;
    }

    public async Task<IReadOnlyList<PersonalDataSection>> EraseAsync(ChatUser user, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (made, reviewed) = await InvolvingAsync(user, cancellationToken);
        var kept = 0;
        foreach (var request in made)
        {
            if (request.Status is ApprovalStatus.Approved or ApprovalStatus.Rejected)
            {
                await AnonymiseAsync(request, user.AadObjectId!, cancellationToken);
                kept++;
            }
            else
            {
                await store.DeleteWithOpenPointersAsync(request, cancellationToken);
                await events.DeleteAsync(request.Id, cancellationToken);
            }
        }

        var sections = new List<PersonalDataSection>();
        if (kept > 0)
        {
            sections.Add(new PersonalDataSection(Bot.Storage.Tables.ApprovalRequests,
                language.Pick($"{kept} besliste goedkeuringsverzoeken", $"{kept} decided approval requests"),
                [language.Pick(
                    "Alleen het besluit, de datums en wie besliste; jouw naam, id, tekst en de opmerking zijn verwijderd. Dit is het verslag van een besluit van de school; het gaat weg met de gewone bewaartermijn.",
                    "Only the decision, the dates and who decided; your name, id, text and the comment are erased. This is the record of a school decision; it goes with the normal retention.")]));
        }

        if (reviewed.Count > 0)
        {
            sections.Add(new PersonalDataSection(Bot.Storage.Tables.ApprovalRequests,
                language.Pick($"{reviewed.Count} verzoeken die jij moest beoordelen", $"{reviewed.Count} requests you had to review"),
                [language.Pick(
                    "Blijven zoals ze zijn: het zijn besluiten (of open vragen) van de school, met jou als beoordelaar. Ze gaan weg met de gewone bewaartermijn.",
                    "Stay as they are: they are the school's decisions (or open questions), with you as reviewer. They go with the normal retention.")]));
        }

        return sections;
    }

    private async Task AnonymiseAsync(ApprovalRequest request, string requesterAadId, CancellationToken cancellationToken)
    {
        var (anonymised, erased) = await store.SaveAsync(request, r => r with
        {
            RequesterAadId = ErasedRequester,
            RequesterName = "",
            RequesterChannelId = "",
            RefreshUserIds = [],
            Draft = "",
            Question = "",
            BotAnswer = "",
            Findings = [],
            Comment = "",
            Platform = "",
            Photos = null,
            Verdict = null,
            Rules = [],
            Copies = [],
            RequesterActivityId = "",
            ApproverActivityId = "",
            NotifyPending = false,
            RequesterTold = true,
            DraftPurgedAt = r.DraftPurgedAt ?? time.GetUtcNow(),
        }, cancellationToken);
        if (!anonymised)
        {
            throw new RequestFailedException(412, "The approval request kept changing; its requester is not yet erased.");
        }

        await store.UnpointRequesterAsync(erased, requesterAadId, cancellationToken); // as stored (read again after a conflict)
        await events.ReplacePersonAsync(request.Id, requesterAadId, ErasedRequester, cancellationToken);
        await events.AppendAsync(request.Id, ApprovalEvent.Erased, ErasedRequester, cancellationToken);
    }

    private async Task<(List<ApprovalRequest> Made, List<ApprovalRequest> Reviewed)> InvolvingAsync(ChatUser user, CancellationToken cancellationToken)
    {
        var aad = user.AadObjectId ?? "";
        var all = (await store.ListInvolvingAsync(aad, cancellationToken)).OrderByDescending(r => r.CreatedAt).ToList();
        return ([.. all.Where(r => r.RequesterAadId == aad)], [.. all.Where(r => r.RequesterAadId != aad)]);
    }

    private string MadeLine(ApprovalRequest r, Language language)
    {
        var created = PrivacyDates.Format(r.CreatedAt, language) + (r.IsQuestion ? language.Pick(", vraag", ", question") : "");
        if (r.DecidedAt is not { } decided)
        {
            return language.Pick(
                $"{created}: open, met je tekst; blijft tot er een besluit is of je het intrekt, en verloopt op {Date(r.CreatedAt, options.Value.OpenRequestMaxDays, language)}.",
                $"{created}: open, with your text; kept until it is decided or you withdraw it, and expires on {Date(r.CreatedAt, options.Value.OpenRequestMaxDays, language)}.");
        }

        var text = r.DraftPurgedAt is null
            ? language.Pick($"tekst tot {Date(decided, options.Value.DraftRetentionDays, language)}", $"text until {Date(decided, options.Value.DraftRetentionDays, language)}")
            : language.Pick("tekst al verwijderd", "text already erased");
        return language.Pick(
            $"{created}: {State(r.Status, language)} op {PrivacyDates.Format(decided, language)}; {text}; verwijderd op {Date(decided, options.Value.RequestRetentionDays, language)}.",
            $"{created}: {State(r.Status, language)} on {PrivacyDates.Format(decided, language)}; {text}; deleted on {Date(decided, options.Value.RequestRetentionDays, language)}.");
    }

    private string ReviewLine(ApprovalRequest r, string aad, Language language)
    {
        var created = PrivacyDates.Format(r.CreatedAt, language) + (r.IsQuestion ? language.Pick(", vraag", ", question") : "");
        var role = r.DecidedByAadId == aad ? language.Pick("jij besliste", "you decided") : language.Pick("aan jou gevraagd", "asked of you");
        return r.DecidedAt is { } decided
            ? language.Pick(
                $"{created}: {State(r.Status, language)} ({role}); verwijderd op {Date(decided, options.Value.RequestRetentionDays, language)}.",
                $"{created}: {State(r.Status, language)} ({role}); deleted on {Date(decided, options.Value.RequestRetentionDays, language)}.")
            : language.Pick($"{created}: open ({role}).", $"{created}: open ({role}).");
    }

    private static IReadOnlyList<string> Lines(List<ApprovalRequest> requests, Func<ApprovalRequest, string> line, Language language) =>
        requests.Count <= MaxLines
            ? [.. requests.Select(line)]
            : [.. requests.Take(MaxLines).Select(line), language.Pick($"en {requests.Count - MaxLines} oudere", $"and {requests.Count - MaxLines} older")];

    private static string Date(DateTimeOffset from, int days, Language language) => PrivacyDates.Format(from.AddDays(days), language);

    private static string State(ApprovalStatus state, Language language) => state switch
    {
        ApprovalStatus.Approved => language.Pick("goedgekeurd", "approved"),
        ApprovalStatus.Rejected => language.Pick("afgewezen", "rejected"),
        ApprovalStatus.Withdrawn => language.Pick("ingetrokken", "withdrawn"),
        ApprovalStatus.Answered => language.Pick("beantwoord", "answered"),
        ApprovalStatus.Expired => language.Pick("verlopen", "expired"),
        _ => language.Pick("open", "open"),
    };
}
