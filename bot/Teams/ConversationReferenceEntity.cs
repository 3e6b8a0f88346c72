using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.Teams;

/// <summary>
/// A user's 1:1 conversation with the bot, for proactive messages. Partition: tenant id; row: the user's
/// Entra object id. Only references from authenticated activities (or the local client) are stored, so
/// <see cref="ServiceUrlVerified"/> records that the serviceUrl was vouched for by a validated token.
/// </summary>
public sealed class ConversationReferenceEntity : TableRow
{
    public string ServiceUrl { get; set; } = "";

    public bool ServiceUrlVerified { get; set; }

    public string ConversationId { get; set; } = "";

    public string ChannelId { get; set; } = "";

    public string ChannelUserId { get; set; } = "";

    public string BotId { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The language the user reads ("nl" or "en", from their activities' locale), for what the bot sends them later.
    /// Null in an activity without a locale: the merge then keeps the stored value.
    /// </summary>
    public string? Language { get; set; }
}
