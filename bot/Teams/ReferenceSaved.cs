namespace Verkruisen.Bot.Teams;

/// <summary>What storing a conversation reference did.</summary>
public enum ReferenceSaved
{
    /// <summary>Not a personal chat, no user id, or storage failed.</summary>
    NotStored,

    /// <summary>Stored (or unchanged).</summary>
    Stored,

    /// <summary>Stored for the first time: the user's chat with the bot just appeared.</summary>
    Created,
}
