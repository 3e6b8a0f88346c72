using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Verkruisen.Bot.Cards;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.MessagingExtension;

/// <summary>
/// Searches the protocol from the compose box with the question engine: a blank query (or the initial run) lists
/// every section in the protocol's order; a rule number ("10", "regel 10") puts that rule first; otherwise the
/// sections the words point to, best first. Read-only and thread-safe: the engine's index is built once, each
/// section's hit (with its rule card) once per language, and the ranking of a recent query text is reused (the
/// compose box sends the same few words again and again while colleagues type; the protocol does not change).
/// </summary>
public sealed partial class GuidelineSearch(QuestionEngine engine)
{
    private const int MaxLine = 120;

    /// <summary>How many query texts keep their ranking (all are forgotten when it is full: the cache is small and cheap to refill).</summary>
    private const int RecentQueries = 2048;

    private readonly ConcurrentDictionary<string, ProtocolSection[]> rankings = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<(string SectionId, Language Language), SearchHit> hits = new();

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
            sections = Ranked(text);
        }

        return [.. sections.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Count, 1, SearchQuery.DefaultCount))
            .Select(s => Hit(s, query.Language))];
    }

    /// <summary>The hit for a section id (a selected result), or null when there is no such section.</summary>
    public SearchHit? Find(string? sectionId, Language language) =>
        sectionId is not null && engine.Protocol.Find(sectionId) is { } section ? Hit(section, language) : null;

    private SearchHit Hit(ProtocolSection section, Language language) => hits.GetOrAdd((section.Id, language), static (key, section) => new(
        section.Id,
        GuidelineTexts.For(key.Language).Label(section, key.Language),
        CardText.Truncate(section.Answer.In(key.Language), MaxLine),
        RuleCard.Create(section, key.Language)), section);

    private ProtocolSection[] Ranked(string text)
    {
        if (rankings.TryGetValue(text, out var ranked))
        {
            return ranked;
        }

        var protocol = engine.Protocol;
        var numbered = RuleNumbers().Matches(text).Select(m => protocol.Find(m.Groups["n"].Value)).OfType<ProtocolSection>();
        ranked = [.. numbered.Concat(engine.Search(text).Select(r => r.Section)).Distinct()];
        if (rankings.Count >= RecentQueries)
        {
            rankings.Clear();
        }

        rankings[text] = ranked;
        return ranked;
    }

    /// <summary>A bare number ("10") or "regel 10" / "rule 10"; not any number ("groep 8" is a class).</summary>
    [GeneratedRegex(@"^\s*(?<n>\d{1,2})\s*$|\b(?:regel|rule)\s*(?<n>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuleNumbers();
}
