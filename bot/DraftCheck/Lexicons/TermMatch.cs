namespace Verkruisen.Bot.DraftCheck.Lexicons;

/// <summary>Where a term matched: character span in the draft and the index of its first word.</summary>
internal readonly record struct TermMatch(int Start, int End, int Word);
