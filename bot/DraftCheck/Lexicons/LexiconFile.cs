namespace Verkruisen.Bot.DraftCheck.Lexicons;

/// <summary>A lexicon data file (<c>Data/lexicon-nl.json</c>): context word groups and finding categories.</summary>
internal sealed record LexiconFile(
    string Language,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Groups,
    IReadOnlyList<CategoryFile> Categories);

/// <summary>
/// One category: its kind and rule, what it needs around it ("person": a specific person for rule 3; "target":
/// a person or the school near the words, rule 4; "none") and how heavy it is without that.
/// </summary>
internal sealed record CategoryFile(
    string Kind,
    string Rule,
    string Needs,
    string WithoutPerson,
    IReadOnlyList<string> Terms,
    string? ColleagueKind = null,
    string? SchoolAccount = null);

/// <summary>The explanation of a finding kind, definite and (optionally) for when the checker is unsure.</summary>
internal sealed record KindText(string Rule, string Nl, string En, string? NlUnsure = null, string? EnUnsure = null);
