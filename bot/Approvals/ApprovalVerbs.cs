namespace Verkruisen.Bot.Approvals;

/// <summary>The Action.Execute verbs of the approval flow and the keys of their data.</summary>
public static class ApprovalVerbs
{
    public const string Request = "approvals.request";
    public const string Approve = "approvals.approve";
    public const string Reject = "approvals.reject";
    public const string Withdraw = "approvals.withdraw";
    public const string Refresh = "approvals.refresh";

    /// <summary>Send a question (no draft) to the manager: from the question form.</summary>
    public const string AskQuestion = "approvals.ask-question";

    /// <summary>The manager's reply to a question (the reply is in <see cref="CommentKey"/>).</summary>
    public const string Reply = "approvals.reply";

    public const string RequestIdKey = "requestId";
    public const string CommentKey = "comment";
    public const string DraftKey = DraftCheck.DraftCheckVerbs.DraftKey;
    public const string PlatformKey = DraftCheck.DraftCheckVerbs.PlatformKey;
    public const string PhotosKey = DraftCheck.DraftCheckVerbs.PhotosKey;
    public const string QuestionKey = "question";
    public const string AnswerKey = "answer";
    public const string RulesKey = DraftCheck.DraftCheckVerbs.RulesKey;
}
