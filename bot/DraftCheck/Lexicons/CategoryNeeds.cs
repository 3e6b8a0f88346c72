namespace Verkruisen.Bot.DraftCheck.Lexicons;

/// <summary>What a category needs around its words to be a definite breach.</summary>
internal enum CategoryNeeds
{
    /// <summary>Always a breach.</summary>
    None,

    /// <summary>A specific person (a named or specific pupil, a colleague, a pronoun) near it (rule 3).</summary>
    Person,

    /// <summary>A person, group or the school within a few words (rule 4).</summary>
    Target,
}
