namespace Verkruisen.Bot.Text;

/// <summary>A token from <see cref="TextAnalyzer"/>: its term (a stem or a folded word) and where it stands in the text.</summary>
public readonly record struct TextToken(string Term, int Start, int End);
