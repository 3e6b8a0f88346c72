namespace Verkruisen.Bot.DraftCheck;

/// <summary>The Action.Execute verbs of the draft check and the keys of their data.</summary>
public static class DraftCheckVerbs
{
    public const string Check = "draftcheck.check";
    public const string Form = "draftcheck.form";
    public const string RequestApproval = "draftcheck.request-approval";

    public const string DraftKey = "draft";
    public const string PlatformKey = "platform";
    public const string PhotosKey = "photos";
    public const string AccountKey = "account";
    public const string RoleKey = "role";
    public const string VerdictKey = "verdict";
    public const string RulesKey = "rules";
}
