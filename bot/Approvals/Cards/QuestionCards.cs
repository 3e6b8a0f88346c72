using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals.Cards;

/// <summary>
/// The cards of a question to the manager (rule 8 without a draft): the manager's card (the question, the bot's answer
/// and its rules, a reply field while open) and the question form; the teacher's status card is the approval one. Same request, storage,
/// refresh and state line as a draft approval.
/// </summary>
public static class QuestionCards
{
    public static AdaptiveCard Approver(ApprovalRequest request, bool canDecide, Language reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        var t = ApprovalTexts.For(reader);
        var q = QuestionTexts.For(reader);
        List<CardElement> body =
        [
            TextBlock.Heading(q.ApproverTitle),
            new TextBlock(t.Format(q.Asks, CardText.Escape(request.RequesterName))),
            ApprovalCardParts.State(request, t),
            new FactSet([new Fact(t.AskedAtLabel, ApprovalCardParts.When(request.CreatedAt, t))]),
            .. Question(request, t, q, forRequester: false),
        ];
        List<CardAction>? actions = null;
        if (request.IsOpen && canDecide)
        {
            body.Add(LongText(ApprovalVerbs.CommentKey, q.ReplyLabel, q.ReplyPlaceholder, q.ReplyRequired));
            actions = [ExecuteAction.Create(q.SendReply, ApprovalVerbs.Reply, ApprovalCardParts.IdData(request), "positive") with { AssociatedInputs = "auto" }];
        }

        return new AdaptiveCard
        {
            Language = reader,
            FallbackText = q.ApproverTitle,
            Body = body,
            Actions = actions,
            Refresh = ApprovalCardParts.Refresh(request),
        };
    }

    /// <summary>The form for a question without an answer card behind it (e.g. from the whole protocol).</summary>
    public static AdaptiveCard Form(Language language, string? notice = null)
    {
        var q = QuestionTexts.For(language);
        List<CardElement> body = [TextBlock.Heading(q.FormTitle), new TextBlock(q.FormIntro)];
        if (notice is not null)
        {
            body.Add(new TextBlock(CardText.Escape(notice)) { Color = "attention" });
        }

        body.Add(LongText(ApprovalVerbs.QuestionKey, q.FormQuestionLabel, q.FormQuestionPlaceholder, q.FormQuestionRequired));
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = q.FormIntro,
            Body = body,
            Actions = [ExecuteAction.Create(q.FormSend, ApprovalVerbs.AskQuestion, style: "positive") with { AssociatedInputs = "auto" }],
        };
    }

    /// <summary>The question and, for the manager, the bot's answer with its rules; in TextRuns (never markdown).</summary>
    internal static IEnumerable<CardElement> Question(ApprovalRequest request, ApprovalTexts t, QuestionTexts q, bool forRequester)
    {
        yield return new TextBlock(forRequester ? t.YourQuestionLabel : t.QuestionLabel) { Weight = "Bolder", Spacing = "Medium" };
        if (request.DraftPurgedAt is not null)
        {
            yield return new TextBlock(t.DraftPurged) { IsSubtle = true };
            yield break;
        }

        yield return new RichTextBlock([new TextRun(request.Question)]);
        if (!forRequester && request.BotAnswer.Length > 0)
        {
            yield return new TextBlock(q.BotAnswerLabel) { Weight = "Bolder", Spacing = "Medium" };
            yield return new RichTextBlock([new TextRun(request.BotAnswer) { Italic = true }]);
        }

        if (!forRequester && request.Rules.Count > 0)
        {
            yield return new FactSet([new Fact(q.RulesLabel, CardText.Escape(string.Join(", ", request.Rules)))]);
        }
    }

    /// <summary>A required multi-line text field of at most 1,000 characters.</summary>
    private static TextInput LongText(string id, string label, string placeholder, string required) => new()
    {
        Id = id,
        Label = label,
        Placeholder = placeholder,
        IsMultiline = true,
        IsRequired = true,
        ErrorMessage = required,
        MaxLength = 1000,
    };
}
