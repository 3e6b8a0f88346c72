namespace Verkruisen.Bot.DraftCheck;

/// <summary>
/// The author's role. Support staff (onderwijsassistent, IB'er, conciërge, administratie) and interns (stagiair)
/// follow the protocol as teachers do; managers and directors always represent the school (rule 5).
/// </summary>
public enum AuthorRole
{
    Unknown,
    Teacher,
    Support,
    Intern,
    Manager,
    Director,
}
