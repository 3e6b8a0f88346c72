using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.DraftCheck.Lexicons;

/// <summary>A language's lexicon, analysed with the shared <see cref="TextAnalyzer"/>.</summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, TermSet> groups;

    public Lexicon(LexiconFile file, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(file);
        Language = file.Language == "en" ? Language.En : Language.Nl;
        groups = file.Groups.ToDictionary(g => g.Key, g => TermSet.Create(g.Value, analyzer, Language), StringComparer.Ordinal);
        Categories = [.. file.Categories.Select(c => new LexiconCategory(
            c.Kind,
            c.ColleagueKind,
            c.Rule,
            c.Needs switch
            {
                "person" => CategoryNeeds.Person,
                "target" => CategoryNeeds.Target,
                _ => CategoryNeeds.None,
            },
            ParseSeverity(c.WithoutPerson),
            c.SchoolAccount is null ? null : ParseSeverity(c.SchoolAccount),
            TermSet.Create(c.Terms, analyzer, Language)))];
    }

    public Language Language { get; }

    public IReadOnlyList<LexiconCategory> Categories { get; }

    /// <summary>A context group by name ("pupil", "negation", ...); empty when the file lacks it.</summary>
    public TermSet this[string group] => groups.GetValueOrDefault(group, TermSet.Empty);

    private static FindingSeverity? ParseSeverity(string value) => value switch
    {
        "not-allowed" => FindingSeverity.NotAllowed,
        "ask-manager" => FindingSeverity.AskManager,
        "note" => FindingSeverity.Note,
        "none" => null,
        _ => throw new InvalidDataException($"Unknown severity '{value}' in a draft-check lexicon."),
    };
}
