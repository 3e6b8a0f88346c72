namespace Verkruisen.Bot.Privacy;

/// <summary>
/// A kind of row held about a person: the table, a title and the lines that say what and until when. The bot's own
/// words only (counts, dates, states): never text a person typed, which the card would have to escape.
/// </summary>
public sealed record PersonalDataSection(string Table, string Title, IReadOnlyList<string> Lines);
