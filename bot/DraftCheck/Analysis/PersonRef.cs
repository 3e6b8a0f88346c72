namespace Verkruisen.Bot.DraftCheck.Analysis;

/// <summary>A reference to a person or group in a draft; <see cref="Named"/> when it is a first name.</summary>
internal sealed record PersonRef(PersonKind Kind, Specificity Specificity, int Start, int End, int Word, bool Named = false)
{
    /// <summary>Whether this points at someone specific enough for rule 3 (personal information).</summary>
    public bool IsSpecific => Specificity != Specificity.Generic && Kind is not (PersonKind.Addressee or PersonKind.Organisation);
}
