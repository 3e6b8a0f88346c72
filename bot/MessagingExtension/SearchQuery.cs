using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// A compose-box search: the typed text (null or blank lists every section), whether it is the initial run
/// (the extension opening), the reader's language and the page the client asks for.
/// </summary>
public sealed record SearchQuery(string? Text, bool InitialRun, Language Language, int Skip = 0, int Count = SearchQuery.DefaultCount)
{
    /// <summary>What Teams asks for by default (and the most it shows).</summary>
    public const int DefaultCount = 25;
}
