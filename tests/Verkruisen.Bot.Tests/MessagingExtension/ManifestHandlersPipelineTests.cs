using System.Net;
using System.Text.Json.Nodes;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.MessagingExtension;

/// <summary>Every messaging-extension command in manifest/manifest.json is answered by the running bot (not 400/501).</summary>
public sealed class ManifestHandlersPipelineTests : PipelineTest
{
    public static TheoryData<string, string> ManifestCommands()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("manifest", "manifest.json")))!;
        var data = new TheoryData<string, string>();
        foreach (var command in manifest["composeExtensions"]![0]!["commands"]!.AsArray())
        {
            data.Add((string)command!["id"]!, (string)command["type"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ManifestCommands))]
    public async Task Invoke_EveryManifestCommand_IsHandled(string commandId, string type)
    {
        var activity = type == "query"
            ? ComposeExtensionActivities.Query(Connector.ServiceUrl, "foto", commandId: commandId)
            : ComposeExtensionActivities.FetchTask(Connector.ServiceUrl, "<p>Mooie workshop gegeven!</p>", commandId: commandId);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(type == "query" ? body["composeExtension"] : body["task"]);
    }
}
