using Newtonsoft.Json.Linq;

namespace Verkruisen.Bot.Tests.TestSupport;

/// <summary>Teams-shaped activities for tests, as the channel sends them (see docs/teams-protocol.md §1.6).</summary>
public static class Activities
{
    public const string Tenant = "11111111-2222-3333-4444-555555555555";
    public const string BotId = "28:00000000-1111-2222-3333-444444444444";

    public static JObject Message(string serviceUrl, string text, string? locale = "nl-NL", string tenant = Tenant, string userAadId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")
    {
        var activity = Base("message", serviceUrl, tenant, userAadId);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }

    public static JObject CardAction(string serviceUrl, string verb, JObject? data = null, string? locale = "nl-NL", string tenant = Tenant, string userAadId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")
    {
        var activity = Base("invoke", serviceUrl, tenant, userAadId);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1764000000000";
        activity["locale"] = locale;
        activity["value"] = new JObject
        {
            ["action"] = new JObject { ["type"] = "Action.Execute", ["id"] = "btn", ["verb"] = verb, ["data"] = data ?? new JObject() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JObject BotAdded(string serviceUrl, string tenant = Tenant, string userAadId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")
    {
        var activity = Base("conversationUpdate", serviceUrl, tenant, userAadId);
        activity["membersAdded"] = new JArray(new JObject { ["id"] = BotId }, new JObject { ["id"] = "29:user", ["aadObjectId"] = userAadId });
        activity["locale"] = "nl-NL";
        return activity;
    }

    public static JObject Base(string type, string serviceUrl, string tenant, string userAadId) => new()
    {
        ["type"] = type,
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JObject { ["id"] = "29:1AbCdEf-" + userAadId, ["name"] = "Dana Diaz", ["aadObjectId"] = userAadId },
        ["recipient"] = new JObject { ["id"] = BotId, ["name"] = "Verkruisen Bot" },
        ["conversation"] = new JObject { ["id"] = "a:1personal-" + userAadId, ["conversationType"] = "personal", ["tenantId"] = tenant },
        ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = tenant } },
    };
}
