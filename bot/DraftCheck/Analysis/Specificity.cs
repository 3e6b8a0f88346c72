namespace Verkruisen.Bot.DraftCheck.Analysis;

/// <summary>
/// How recognisable a reference is: generic ("kinderen met dyslexie"), weak ("een leerling", "hij") or strong
/// (a name, "onze Emma", "twee leerlingen uit mijn klas", "groep 8").
/// </summary>
internal enum Specificity
{
    Generic,
    Weak,
    Strong,
}
