namespace Verkruisen.Bot.Guidelines;

/// <summary>A content word of a text (after typo correction) and the stems it stands for, synonyms included.</summary>
public sealed record WordTerms(string Word, IReadOnlyList<string> Stems);
