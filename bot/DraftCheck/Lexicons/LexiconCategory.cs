namespace Verkruisen.Bot.DraftCheck.Lexicons;

/// <summary>
/// A compiled category. With the person/target it needs, a match is not allowed; without it, it weighs
/// <see cref="WithoutPerson"/> (null: no finding). On the school's account <see cref="SchoolAccount"/> replaces
/// "not allowed" when set (the school may be announcing it).
/// </summary>
internal sealed record LexiconCategory(
    string Kind,
    string? ColleagueKind,
    string Rule,
    CategoryNeeds Needs,
    FindingSeverity? WithoutPerson,
    FindingSeverity? SchoolAccount,
    TermSet Terms);
