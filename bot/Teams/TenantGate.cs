using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace Verkruisen.Bot.Teams;

/// <summary>Lets through only activities of an allowed tenant. An activity that names no tenant is refused.</summary>
public sealed class TenantGate(IOptions<TeamsOptions> options)
{
    private readonly HashSet<string> allowed = new(options.Value.AllowedTenants, StringComparer.OrdinalIgnoreCase);

    public static string? TenantOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        try
        {
            return activity.ChannelData is null ? null : ((Activity)activity).GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    public bool IsAllowed(IActivity activity) => TenantOf(activity) is { } tenant && allowed.Contains(tenant);
}
