namespace Verkruisen.Bot.Approvals;

/// <summary>
/// Where the approver's card was sent: one activity id per person (approver, deputies, escalation), stored as
/// "aadId=activityId|aadId=activityId" so that every copy can be updated after a decision.
/// </summary>
public static class CardCopies
{
    public static IReadOnlyDictionary<string, string> Parse(string value) =>
        (value ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.OrdinalIgnoreCase);

    public static string With(string value, string aadId, string activityId)
    {
        var copies = Parse(value).ToDictionary(StringComparer.OrdinalIgnoreCase);
        copies[aadId] = activityId;
        return string.Join('|', copies.Select(c => c.Key + "=" + c.Value));
    }
}
