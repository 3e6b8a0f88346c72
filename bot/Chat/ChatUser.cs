namespace Verkruisen.Bot.Chat;

/// <summary>
/// Who sent an activity, in plain terms (no SDK types): the Entra object id (stable across apps), the
/// channel's pairwise user id (29:...) and the tenant. Names are for display only and never logged.
/// </summary>
public sealed record ChatUser(string? AadObjectId, string ChannelUserId, string? DisplayName, string TenantId);
