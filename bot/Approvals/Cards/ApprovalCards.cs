using Verkruisen.Bot.Cards;
using Verkruisen.Bot.DraftCheck;
using Verkruisen.Bot.DraftCheck.Cards;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.Approvals.Cards;

/// <summary>
/// The approval cards (Adaptive Card 1.5, Action.Execute, refresh for requester and approvers): the approver's card
/// (who asks, the draft, platform, photos, findings and rules; comment and Approve/Reject while open), the
/// requester's status card (sent to whom, withdraw while open) and the request form.
/// </summary>
public static class ApprovalCards
{
    /// <summary>What someone who may not see a request gets instead of it (a refresh by a stranger): nothing about it.</summary>
    public static AdaptiveCard NotVisible(Language language)
    {
        var text = language.Pick(
            "Deze kaart is niet voor jou bedoeld. Vraag degene die hem deelde om wat je wilt weten.",
            "This card is not meant for you. Ask whoever shared it for what you want to know.");
        return new AdaptiveCard { Language = language, FallbackText = text, Body = [new TextBlock(text)] };
    }

    /// <summary>
    /// The approver's card in its reader's language (<paramref name="reader"/>, not the requester's); buttons only while
    /// open and when <paramref name="canDecide"/>.
    /// </summary>
    public static AdaptiveCard Approver(ApprovalRequest request, bool canDecide, Language reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IsQuestion)
        {
            return QuestionCards.Approver(request, canDecide, reader);
        }

        var t = ApprovalTexts.For(reader);
        var d = DraftCheckTexts.For(reader);
        List<CardElement> body =
        [
            TextBlock.Heading(t.ApproverTitle),
            new TextBlock(t.Format(t.Asks, CardText.Escape(request.RequesterName))),
            ApprovalCardParts.State(request, t),
            ApprovalCardParts.Facts(request, t, d),
            .. ApprovalCardParts.Draft(request, t, forRequester: false),
            .. ApprovalCardParts.Findings(request, t),
        ];
        List<CardAction>? actions = null;
        if (request.IsOpen && canDecide)
        {
            body.Add(new TextInput
            {
                Id = ApprovalVerbs.CommentKey,
                Label = t.CommentLabel,
                Placeholder = t.CommentPlaceholder,
                IsMultiline = true,
                MaxLength = 1000,
            });
            actions =
            [
                ExecuteAction.Create(t.Approve, ApprovalVerbs.Approve, ApprovalCardParts.IdData(request), "positive") with { AssociatedInputs = "auto" },
                ExecuteAction.Create(t.Reject, ApprovalVerbs.Reject, ApprovalCardParts.IdData(request), "destructive") with { AssociatedInputs = "auto" },
            ];
        }

        return new AdaptiveCard
        {
            Language = reader,
            FallbackText = t.ApproverTitle,
            Body = body,
            Actions = actions,
            Refresh = ApprovalCardParts.Refresh(request),
        };
    }

    /// <summary>The requester's status card: where the request stands; withdraw while open.</summary>
    public static AdaptiveCard Requester(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var t = ApprovalTexts.For(request.Language);
        var q = QuestionTexts.For(request.Language);
        var title = request.IsQuestion ? q.RequesterTitle : t.RequesterTitle;
        List<CardElement> body = [TextBlock.Heading(title)];
        if (request.IsOpen)
        {
            body.Add(new TextBlock(t.Format(ApprovalCardParts.SentTemplate(request, t), CardText.Escape(request.ApproverName))));
        }

        body.Add(ApprovalCardParts.State(request, t));
        body.AddRange(request.IsQuestion ? QuestionCards.Question(request, t, q, forRequester: true) : ApprovalCardParts.Draft(request, t, forRequester: true));
        return new AdaptiveCard
        {
            Language = t.Language,
            FallbackText = title,
            Body = body,
            Actions = request.IsOpen ? [ExecuteAction.Create(t.WithdrawButton, ApprovalVerbs.Withdraw, ApprovalCardParts.IdData(request))] : null,
            Refresh = ApprovalCardParts.Refresh(request),
        };
    }

    /// <summary>The request form: draft, platform, photos, an optional question to the manager.</summary>
    public static AdaptiveCard Form(Language language, int maxLength, string? notice = null, string? draft = null)
    {
        var t = ApprovalTexts.For(language);
        var d = DraftCheckTexts.For(language);
        var body = DraftCheckFormCard.DraftForm(
            new DraftFormTexts(t.FormTitle, t.FormIntro, t.FormDraftLabel, t.FormDraftPlaceholder, t.FormDraftRequired, d.PlatformLabel, d.PhotosLabel, t.FormPhotosTitle),
            maxLength,
            notice,
            draft);
        body.Add(new TextInput
        {
            Id = ApprovalVerbs.QuestionKey,
            Label = t.FormQuestionLabel,
            Placeholder = t.FormQuestionPlaceholder,
            IsMultiline = true,
            MaxLength = 1000,
        });
        return new AdaptiveCard
        {
            Language = language,
            FallbackText = t.FormIntro,
            Body = body,
            Actions = [ExecuteAction.Create(t.FormSend, ApprovalVerbs.Request, style: "positive") with { AssociatedInputs = "auto" }],
        };
    }
}
