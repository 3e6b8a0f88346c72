namespace Verkruisen.Bot.Privacy;

/// <summary>
/// A kind of row held about a person: the table, a title and the lines that say what and until when. The bot's own
/// words (counts, dates, states), and where a person's own text is kept (an unanswered question) that text escaped.
/// </summary>
public sealed record PersonalDataSection(string Table, string Title, IReadOnlyList<string> Lines);
