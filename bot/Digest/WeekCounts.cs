namespace Verkruisen.Bot.Digest;

/// <summary>The headline numbers of a week, compared with the week before.</summary>
public sealed record WeekCounts(int Questions, int Unanswered, int DraftsChecked, int NotAllowed, int Requests, int Decisions)
{
    public static WeekCounts None { get; } = new(0, 0, 0, 0, 0, 0);
}
