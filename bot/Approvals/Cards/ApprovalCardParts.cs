using System.Text.Json.Nodes;
using Verkruisen.Bot.Calendar;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.DraftCheck;

namespace Verkruisen.Bot.Approvals.Cards;

/// <summary>The pieces both approval cards share: the state line, the draft, the findings, the refresh.</summary>
internal static class ApprovalCardParts
{
    public static string When(DateTimeOffset at, ApprovalTexts t) =>
        SchoolCalendar.Local(at).ToString("d MMMM yyyy HH:mm", t.Culture);

    /// <summary>
    /// The state: waiting for whom (a question waits for an answer, a draft for a decision), or who decided (or
    /// withdrew) when, with the comment.
    /// </summary>
    public static Container State(ApprovalRequest request, ApprovalTexts t)
    {
        var state = request.Status;
        List<CardElement> items = [];
        if (state == ApprovalStatus.Open)
        {
            var waiting = request.IsQuestion ? QuestionTexts.For(t.Language).Waiting : t.Waiting;
            items.Add(new TextBlock(t.Format(waiting, CardText.Escape(request.ApproverName))) { Weight = "Bolder" });
            if (request.EscalatedToAadId.Length > 0)
            {
                items.Add(new TextBlock(t.Format(t.Escalated, CardText.Escape(EscalatedName(request)))) { IsSubtle = true });
            }
        }
        else
        {
            var q = QuestionTexts.For(t.Language);
            var template = state switch
            {
                ApprovalStatus.Approved => t.Approved,
                ApprovalStatus.Rejected => t.Rejected,
                ApprovalStatus.Answered => q.Answered,
                ApprovalStatus.Expired => request.IsQuestion ? q.Expired : t.Expired,
                _ => t.Withdrawn,
            };
            items.Add(new TextBlock(t.Format(template, CardText.Escape(request.DecidedByName), When(request.DecidedAt ?? request.CreatedAt, t))) { Weight = "Bolder" });
            if (request.Comment.Length > 0)
            {
                items.Add(new RichTextBlock([new TextRun(request.IsQuestion ? q.ReplyShown : t.CommentShown) { Weight = "Bolder" }, new TextRun(request.Comment)]));
            }
        }

        return new Container(items)
        {
            Style = state switch { ApprovalStatus.Approved or ApprovalStatus.Answered => "good", ApprovalStatus.Rejected => "attention", ApprovalStatus.Open => "warning", _ => "emphasis" },
        };
    }

    /// <summary>Where an open request went: sent to the approver (a question waits for an answer, a draft for a decision), or not reached yet.</summary>
    public static string SentTemplate(ApprovalRequest request, ApprovalTexts t) =>
        request.ApproverActivityId.Length == 0 ? t.NotReachedYet
        : request.IsQuestion ? QuestionTexts.For(t.Language).SentTo
        : t.SentTo;

    /// <summary>Platform, photos, verdict, asked on: values escaped.</summary>
    public static FactSet Facts(ApprovalRequest request, ApprovalTexts t, DraftCheckTexts d) => new(
    [
        new Fact(t.PlatformLabel, request.Platform.Length > 0 ? CardText.Escape(request.Platform) : t.NotSaid),
        new Fact(t.PhotosLabel, request.Photos switch { true => t.Yes, false => t.No, null => t.NotSaid }),
        new Fact(t.VerdictLabel, request.Verdict switch
        {
            Verdict.Allowed => d.Allowed,
            Verdict.NotAllowed => d.NotAllowed,
            _ => d.AskManager,
        }),
        new Fact(t.AskedAtLabel, When(request.CreatedAt, t)),
    ]);

    /// <summary>The question (if any) and the draft, in TextRuns (never markdown, links or mentions); the draft quoted as a block.</summary>
    public static IEnumerable<CardElement> Draft(ApprovalRequest request, ApprovalTexts t, bool forRequester)
    {
        if (request.Question.Length > 0)
        {
            yield return new TextBlock(forRequester ? t.YourQuestionLabel : t.QuestionLabel) { Weight = "Bolder", Spacing = "Medium" };
            yield return new RichTextBlock([new TextRun(request.Question)]);
        }

        yield return new TextBlock(t.DraftLabel) { Weight = "Bolder", Spacing = "Medium" };
        yield return request.DraftPurgedAt is null
            ? CardQuote.Of(request.Draft)
            : (CardElement)new TextBlock(t.DraftPurged) { IsSubtle = true };
    }

    public static IEnumerable<CardElement> Findings(ApprovalRequest request, ApprovalTexts t)
    {
        var findings = request.Findings;
        yield return new TextBlock(t.FindingsTitle) { Weight = "Bolder", Spacing = "Medium", Style = "heading" };
        if (findings.Count == 0)
        {
            yield return new TextBlock(t.NoFindings) { IsSubtle = true };
        }

        foreach (var finding in findings)
        {
            var rule = new RichTextBlock([new TextRun($"{t.RuleLabel} {finding.Rule}: ") { Weight = "Bolder" }, new TextRun(finding.Message)]);
            yield return finding.Excerpt.Length > 0
                ? new Container([rule, CardQuote.Of(finding.Excerpt)]) { Separator = true }
                : rule with { Separator = true };
        }
    }

    /// <summary>Universal Actions refresh for everyone on the request's refresh list (channel user ids).</summary>
    public static CardRefresh? Refresh(ApprovalRequest request) =>
        request.RefreshUserIds.Count == 0
            ? null
            : new CardRefresh(ExecuteAction.Create("refresh", ApprovalVerbs.Refresh, IdData(request)), request.RefreshUserIds);

    public static JsonObject IdData(ApprovalRequest request) => new() { [ApprovalVerbs.RequestIdKey] = request.Id };

    private static string EscalatedName(ApprovalRequest request) => request.EscalatedToName.Length > 0 ? request.EscalatedToName : request.EscalatedToAadId;
}
