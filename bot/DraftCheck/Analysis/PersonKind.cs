namespace Verkruisen.Bot.DraftCheck.Analysis;

/// <summary>Who a reference in a draft points at.</summary>
internal enum PersonKind
{
    Pupil,
    Group,
    Colleague,
    Parent,
    Adult,
    Pronoun,
    Addressee,
    Organisation,
}
