namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// The messaging-extension commands, exactly as manifest/manifest.json declares them (<c>composeExtensions[0].commands</c>).
/// The single source of truth for the invoke routing; a test checks the manifest against this list both ways.
/// </summary>
public static class MessagingExtensionCommands
{
    /// <summary>Search command (<c>composeExtension/query</c>, <c>initialRun: true</c>): find a rule, insert its card.</summary>
    public const string SearchGuidelines = "searchGuidelines";

    /// <summary>The search command's one parameter: the text typed in the compose box.</summary>
    public const string SearchGuidelinesQueryParameter = "query";

    /// <summary>
    /// Action command (<c>fetchTask: true</c>, contexts message and compose): <c>composeExtension/fetchTask</c> opens the
    /// check form, <c>composeExtension/submitAction</c> returns the verdict.
    /// </summary>
    public const string CheckMessage = "checkMessage";

    public static IReadOnlyList<string> All { get; } = [SearchGuidelines, CheckMessage];
}
