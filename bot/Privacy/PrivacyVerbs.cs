namespace Verkruisen.Bot.Privacy;

/// <summary>The Action.Execute verbs of the my-data cards.</summary>
public static class PrivacyVerbs
{
    public const string Show = "privacy.show";
    public const string AskErase = "privacy.ask-erase";
    public const string Erase = "privacy.erase";
}
