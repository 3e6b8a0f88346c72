using Newtonsoft.Json.Linq;
using Verkruisen.Bot.MessagingExtension;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.MessagingExtension;

/// <summary>Teams-shaped <c>composeExtension/*</c> invokes (docs/teams-protocol.md §1.7), from a group chat's compose box.</summary>
public static class ComposeExtensionActivities
{
    public static JObject Invoke(string serviceUrl, string name, JObject value, string? locale = "nl-NL", string source = "compose")
    {
        var activity = Activities.Base("invoke", serviceUrl, Activities.Tenant, "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        activity["name"] = name;
        activity["value"] = value;
        activity["conversation"] = new JObject { ["id"] = "19:group-chat@thread.v2", ["conversationType"] = "groupChat", ["tenantId"] = Activities.Tenant, ["isGroup"] = true };
        activity["channelData"]!["source"] = new JObject { ["name"] = source };
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }

    public static JObject Query(string serviceUrl, string? text, string? locale = "nl-NL", bool initialRun = false, string commandId = MessagingExtensionCommands.SearchGuidelines)
    {
        var parameters = new JArray();
        if (initialRun)
        {
            parameters.Add(new JObject { ["name"] = "initialRun", ["value"] = "true" });
        }

        if (text is not null)
        {
            parameters.Add(new JObject { ["name"] = MessagingExtensionCommands.SearchGuidelinesQueryParameter, ["value"] = text });
        }

        var value = new JObject { ["commandId"] = commandId, ["parameters"] = parameters, ["queryOptions"] = new JObject { ["skip"] = 0, ["count"] = 25 } };
        return Invoke(serviceUrl, "composeExtension/query", value, locale);
    }

    public static JObject SelectItem(string serviceUrl, JObject tapValue, string? locale = "nl-NL") =>
        Invoke(serviceUrl, "composeExtension/selectItem", tapValue, locale);

    /// <summary>The action command opened from a message's "..." menu; <paramref name="html"/> null: from the compose box.</summary>
    public static JObject FetchTask(string serviceUrl, string? html, string? locale = "nl-NL", JArray? attachments = null, string commandId = MessagingExtensionCommands.CheckMessage)
    {
        var value = new JObject { ["commandId"] = commandId, ["commandContext"] = html is null ? "compose" : "message", ["context"] = new JObject { ["theme"] = "default" } };
        if (html is not null)
        {
            value["messagePayload"] = new JObject
            {
                ["id"] = "1764000000123",
                ["body"] = new JObject { ["contentType"] = "html", ["content"] = html },
                ["attachments"] = attachments ?? [],
                ["from"] = new JObject { ["user"] = new JObject { ["id"] = "bbbbbbbb-0000-0000-0000-000000000000", ["displayName"] = "Megan Bowen" } },
                ["createdDateTime"] = "2026-11-20T09:15:02.113Z",
            };
        }

        return Invoke(serviceUrl, "composeExtension/fetchTask", value, locale, html is null ? "compose" : "message");
    }

    /// <summary>A dialog's Action.Submit: its data (verb and the form's inputs) in <c>value.data</c>.</summary>
    public static JObject SubmitAction(string serviceUrl, JObject data, string? locale = "nl-NL", string commandId = MessagingExtensionCommands.CheckMessage)
    {
        var value = new JObject { ["commandId"] = commandId, ["commandContext"] = "message", ["context"] = new JObject { ["theme"] = "default" }, ["data"] = data };
        return Invoke(serviceUrl, "composeExtension/submitAction", value, locale, "message");
    }
}
