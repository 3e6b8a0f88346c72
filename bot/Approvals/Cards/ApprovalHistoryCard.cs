using System.Globalization;
using Verkruisen.Bot.Approvals.Storage;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals.Cards;

/// <summary>A request's history: one line per event (when, what, who), oldest first, and the instance that wrote it.</summary>
public static class ApprovalHistoryCard
{
    private static readonly TimeZoneInfo School = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly ApprovalHistoryTexts Nl = new(
        Title: "Geschiedenis van verzoek {0}",
        Usage: "Typ geschiedenis en het nummer van het verzoek, bijvoorbeeld: geschiedenis 1a2b3c4d.",
        NotFound: "Ik vind geen verzoek met dat nummer dat jij mag inzien.",
        PersonalChatOnly: "Vraag de geschiedenis in je persoonlijke chat met de bot.",
        StorageDown: "De opslag is nu niet bereikbaar. Probeer het zo nog eens.",
        NoEvents: "Er zijn nog geen gebeurtenissen vastgelegd.",
        Bot: "de bot",
        Erased: "(verwijderd op verzoek)",
        Deputy: "een plaatsvervanger",
        Instance: "vastgelegd door {0}",
        Events: new Dictionary<string, string>
        {
            [ApprovalEvent.Requested] = "aangevraagd door {0}",
            [ApprovalEvent.Delivered] = "kaart bezorgd bij {1}",
            [ApprovalEvent.Reminded] = "herinnering gestuurd aan {1}",
            [ApprovalEvent.Escalated] = "doorgezet naar {1}",
            [ApprovalEvent.Approved] = "goedgekeurd door {0}",
            [ApprovalEvent.Rejected] = "afgewezen door {0}",
            [ApprovalEvent.Withdrawn] = "ingetrokken door {0}",
            [ApprovalEvent.Answered] = "beantwoord door {0}",
            [ApprovalEvent.Expired] = "verlopen: geen besluit op tijd, ingetrokken door {0}",
            [ApprovalEvent.TextPurged] = "tekst verwijderd (bewaartermijn)",
            [ApprovalEvent.Erased] = "gegevens van de aanvrager verwijderd op diens verzoek",
        });

    private static readonly ApprovalHistoryTexts En = new(
        Title: "History of request {0}",
        Usage: "Type history and the request's number, for example: history 1a2b3c4d.",
        NotFound: "I find no request with that number that you may see.",
        PersonalChatOnly: "Ask for the history in your personal chat with the bot.",
        StorageDown: "Storage cannot be reached right now. Please try again in a moment.",
        NoEvents: "No events have been recorded yet.",
        Bot: "the bot",
        Erased: "(erased on request)",
        Deputy: "a deputy",
        Instance: "recorded by {0}",
        Events: new Dictionary<string, string>
        {
            [ApprovalEvent.Requested] = "requested by {0}",
            [ApprovalEvent.Delivered] = "card delivered to {1}",
            [ApprovalEvent.Reminded] = "reminder sent to {1}",
            [ApprovalEvent.Escalated] = "escalated to {1}",
            [ApprovalEvent.Approved] = "approved by {0}",
            [ApprovalEvent.Rejected] = "rejected by {0}",
            [ApprovalEvent.Withdrawn] = "withdrawn by {0}",
            [ApprovalEvent.Answered] = "answered by {0}",
            [ApprovalEvent.Expired] = "expired: no decision in time, withdrawn by {0}",
            [ApprovalEvent.TextPurged] = "text erased (retention)",
            [ApprovalEvent.Erased] = "requester's data erased at their request",
        });

    public static ApprovalHistoryTexts Texts(Language language) => language.Pick(Nl, En);

    /// <summary>The first 8 characters of a request id: what people type after "geschiedenis".</summary>
    public static string ShortId(string requestId) => requestId.Length > 8 ? requestId[..8] : requestId;

    public static AdaptiveCard Create(ApprovalRequest request, IReadOnlyList<ApprovalEventEntity> history, Language language)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(history);
        var t = Texts(language);
        var culture = CultureInfo.GetCultureInfo(language.Pick("nl-NL", "en-GB"));
        var title = string.Format(culture, t.Title, ShortId(request.Id));
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = title,
            Body =
            [
                TextBlock.Heading(title),
                history.Count == 0
                    ? new TextBlock(t.NoEvents)
                    : new FactSet([.. history.Select(e => new Fact(
                        TimeZoneInfo.ConvertTime(e.At, School).ToString("d MMM yyyy HH:mm", culture),
                        Line(e, request, t, culture)))]),
                new TextBlock(string.Format(culture, t.Instance, string.Join(", ", history.Select(e => e.Instance).Distinct(StringComparer.Ordinal))))
                {
                    IsSubtle = true, Size = "Small", IsVisible = history.Count > 0 ? null : false,
                },
            ],
        };
    }

    private static string Line(ApprovalEventEntity e, ApprovalRequest request, ApprovalHistoryTexts t, CultureInfo culture) =>
        t.Events.TryGetValue(e.Event, out var format)
            ? string.Format(culture, format, Who(e.ActorAadId, request, t), Who(e.SubjectAadId, request, t))
            : CardText.Escape(e.Event);

    /// <summary>A person's name as the request knows it (escaped), "the bot" for none; anyone else got a copy as a deputy.</summary>
    private static string Who(string aadId, ApprovalRequest request, ApprovalHistoryTexts t)
    {
        if (aadId.Length == 0)
        {
            return t.Bot;
        }

        if (aadId == ApprovalPersonalData.ErasedRequester)
        {
            return t.Erased;
        }

        var name = new[]
        {
            (request.RequesterAadId, request.RequesterName),
            (request.ApproverAadId, request.ApproverName),
            (request.EscalatedToAadId, request.EscalatedToName),
            (request.DecidedByAadId, request.DecidedByName),
        }.FirstOrDefault(p => ApproverPolicy.Same(p.Item1, aadId) && p.Item2.Length > 0).Item2;
        return name is null ? t.Deputy : CardText.Escape(name);
    }
}
