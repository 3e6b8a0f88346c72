namespace Verkruisen.Bot.DraftCheck;

/// <summary>The stable machine names of verdicts (command line, storage, eval sets).</summary>
public static class VerdictNames
{
    public const string Allowed = "allowed";
    public const string AskManager = "ask-manager";
    public const string NotAllowed = "not-allowed";

    public static string ToWire(this Verdict verdict) => verdict switch
    {
        Verdict.Allowed => Allowed,
        Verdict.AskManager => AskManager,
        _ => NotAllowed,
    };

    /// <summary>The verdict a stored name stands for; null for "" or a name that is not one.</summary>
    public static Verdict? FromWire(string? name) => name switch
    {
        Allowed => Verdict.Allowed,
        AskManager => Verdict.AskManager,
        NotAllowed => Verdict.NotAllowed,
        _ => null,
    };
}
