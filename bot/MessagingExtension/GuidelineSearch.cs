using System.Text.RegularExpressions;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// Searches the protocol from the compose box with the question engine: a blank query (or the initial run) lists
/// every section in the protocol's order; a rule number ("10", "regel 10") puts that rule first; otherwise the
/// sections the words point to, best first. Read-only and thread-safe: the engine's index is built once.
/// </summary>
public sealed partial class GuidelineSearch(QuestionEngine engine)
{
    private const int MaxLine = 120;

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var protocol = engine.Protocol;
        var text = query.Text?.Trim() ?? "";
        IEnumerable<ProtocolSection> sections;
        if (query.InitialRun || text.Length == 0)
        {
            sections = protocol.Sections;
        }
        else
        {
            var numbered = RuleNumbers().Matches(text).Select(m => protocol.Find(m.Groups["n"].Value)).OfType<ProtocolSection>();
            sections = numbered.Concat(engine.Search(text).Select(r => r.Section)).Distinct();
        }

        return [.. sections.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Count, 1, SearchQuery.DefaultCount))
            .Select(s => Hit(s, query.Language))];
    }

    /// <summary>The hit for a section id (a selected result), or null when there is no such section.</summary>
    public SearchHit? Find(string? sectionId, Language language) =>
        sectionId is not null && engine.Protocol.Find(sectionId) is { } section ? Hit(section, language) : null;

    private static SearchHit Hit(ProtocolSection section, Language language) => new(
        section.Id,
        GuidelineTexts.For(language).Label(section, language),
        CardText.Truncate(section.Answer.In(language), MaxLine),
        RuleCard.Create(section, language));

    /// <summary>A bare number ("10") or "regel 10" / "rule 10"; not any number ("groep 8" is a class).</summary>
    [GeneratedRegex(@"^\s*(?<n>\d{1,2})\s*$|\b(?:regel|rule)\s*(?<n>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuleNumbers();
}
