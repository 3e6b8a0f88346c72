using Newtonsoft.Json.Linq;
using Verkruisen.Bot.Tests.MessagingExtension;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Teams.Inbound;

/// <summary>
/// Seeded mutations of valid activities of every kind the bot receives: a field set to null, to the wrong type, out of
/// range, too long, with control characters, removed, or an array with a null in it. The serviceUrl only ever points at
/// loopback. Every text field carries <see cref="Marker"/>, so that a test can assert no user text reaches a log.
/// </summary>
public sealed class ActivityFuzzer(int seed, string serviceUrl)
{
    public const string Marker = "ZQXJMARKER";

    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "endOfConversation", "messageUpdate", "x"];

    private readonly Random random = new(seed);

    public JObject Next()
    {
        var activity = Seed(random.Next(14));
        var mutations = 1 + random.Next(3);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(activity);
        }

        return activity;
    }

    private JObject Seed(int kind)
    {
        var user = "aaaaaaaa-bbbb-cccc-dddd-" + random.Next(1000, 9999).ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
        switch (kind)
        {
            case 0: return Activities.Message(serviceUrl, "hallo " + Marker, userAadId: user);
            case 1: return Activities.Message(serviceUrl, "controleer: Emma uit groep 6 heeft dyscalculie " + Marker, userAadId: user);
            case 2: return Activities.Message(serviceUrl, "Mag ik foto's van mijn klas op Instagram zetten? " + Marker, "en-US", userAadId: user);
            case 3:
                var submit = Activities.Message(serviceUrl, "", userAadId: user);
                submit.Remove("text");
                submit["value"] = new JObject { ["verb"] = "approvals.request", ["draft"] = "Concept " + Marker, ["platform"] = "instagram" };
                return submit;
            case 4: return Activities.CardAction(serviceUrl, "help.examples", userAadId: user);
            case 5: return Activities.CardAction(serviceUrl, "approvals.refresh", new JObject { ["requestId"] = Guid.NewGuid().ToString("N") }, userAadId: user);
            case 6: return Activities.CardAction(serviceUrl, "approvals.request", new JObject { ["draft"] = "Concept " + Marker, ["platform"] = "facebook", ["photos"] = "true" }, userAadId: user);
            case 7: return Activities.BotAdded(serviceUrl, userAadId: user);
            case 8:
                var install = Activities.Base("installationUpdate", serviceUrl, Activities.Tenant, user);
                install["action"] = random.Next(2) == 0 ? "add" : "remove";
                return install;
            case 9: return ComposeExtensionActivities.Query(serviceUrl, "instagram " + Marker);
            case 10: return ComposeExtensionActivities.SelectItem(serviceUrl, new JObject { ["sectionId"] = "10" });
            case 11: return ComposeExtensionActivities.FetchTask(serviceUrl, "<p>Emma " + Marker + "</p><div><b>x</b></div>");
            case 12: return ComposeExtensionActivities.SubmitAction(serviceUrl, new JObject { ["verb"] = "draftcheck.check", ["draft"] = "Concept " + Marker });
            default:
                var reaction = Activities.Base("messageReaction", serviceUrl, Activities.Tenant, user);
                reaction["reactionsAdded"] = new JArray(new JObject { ["type"] = "like" });
                reaction["replyToId"] = "1764000000000";
                return reaction;
        }
    }

    private void Mutate(JObject activity)
    {
        if (random.Next(10) == 0)
        {
            activity["serviceUrl"] = Pick<JToken?>(null, "", "/v3/conversations", "http://[::1", "ftp://127.0.0.1/", "http://127.0.0.1:1/", serviceUrl + "x/", 7);
            return;
        }

        if (random.Next(12) == 0)
        {
            activity["type"] = Pick(Types);
            return;
        }

        var tokens = activity.Descendants().Where(t => t.Parent is JProperty { Name: not "serviceUrl" } or JArray).ToList();
        if (tokens.Count == 0)
        {
            return;
        }

        var target = tokens[random.Next(tokens.Count)];
        if (target.Parent is JProperty property && random.Next(8) == 0)
        {
            property.Remove();
            return;
        }

        target.Replace(Pick<JToken?>(
            JValue.CreateNull(),
            "",
            "x",
            1L << 40,
            -1,
            1.5,
            true,
            new JObject(),
            new JArray(JValue.CreateNull()),
            new JArray(1, "a"),
            new string('y', 5000) + Marker,
            "a/b\u202e\u0000" + Marker,
            "<script>" + Marker + "</script>",
            new JObject { ["id"] = new JObject(), ["verb"] = new JArray() },
            Nested(40)) ?? JValue.CreateNull());
    }

    private static JToken Nested(int depth)
    {
        JToken token = new JArray();
        for (var i = 0; i < depth; i++)
        {
            token = new JObject { ["a"] = token };
        }

        return token;
    }

    private T Pick<T>(params T[] options) => options[random.Next(options.Length)];
}
