using System.Text.Json.Nodes;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.MessagingExtension;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Manifest;

/// <summary>
/// Every command the manifest offers has a handler in the bot and the reverse, checked against the bot's single
/// sources of truth (<see cref="ChatCommands"/>, <see cref="MessagingExtensionCommands"/>).
/// </summary>
public sealed class ManifestCommandsTests
{
    private static readonly JsonNode Manifest = Load("manifest.json");
    private static readonly JsonNode English = Load("en.json");

    private static JsonArray CommandLists => Manifest["bots"]![0]!["commandLists"]!.AsArray();

    private static JsonArray ExtensionCommands => Manifest["composeExtensions"]![0]!["commands"]!.AsArray();

    [Theory]
    [InlineData("personal")]
    [InlineData("team")]
    [InlineData("groupChat")]
    public void BotCommandLists_PerScope_MatchTheCommandsTheBotUnderstands(string scope)
    {
        var expected = ChatCommands.All.Where(c => scope == "personal" || c.InTeamsAndGroupChats).Select(c => c.Dutch);
        var list = Assert.Single(CommandLists, l => l!["scopes"]!.AsArray().Any(s => (string?)s == scope));
        Assert.Equal(expected, list!["commands"]!.AsArray().Select(c => (string?)c!["title"]));
    }

    [Fact]
    public void BotScopes_AreThoseOfTheCommandLists()
    {
        var botScopes = Manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s).Order(StringComparer.Ordinal);
        var listScopes = CommandLists.SelectMany(l => l!["scopes"]!.AsArray()).Select(s => (string?)s).Order(StringComparer.Ordinal);
        Assert.Equal(["groupChat", "personal", "team"], botScopes);
        Assert.Equal(botScopes, listScopes);
    }

    [Fact]
    public void EnglishCommandTitles_AreTheEnglishWordsTheBotUnderstands()
    {
        for (var list = 0; list < CommandLists.Count; list++)
        {
            var commands = CommandLists[list]!["commands"]!.AsArray();
            for (var index = 0; index < commands.Count; index++)
            {
                var command = ChatCommands.All.Single(c => c.Dutch == (string?)commands[index]!["title"]);
                Assert.Equal(command.English, (string?)English[$"bots[0].commandLists[{list}].commands[{index}].title"]);
            }
        }
    }

    [Fact]
    public void MessagingExtensionCommandIds_AreExactlyTheBotsHandlers() =>
        Assert.Equal(MessagingExtensionCommands.All, ExtensionCommands.Select(c => (string?)c!["id"]));

    [Fact]
    public void SearchGuidelines_IsAnInitialRunQueryWithTheQueryParameter()
    {
        var search = ExtensionCommands.Single(c => (string?)c!["id"] == MessagingExtensionCommands.SearchGuidelines)!;
        Assert.Equal("query", (string?)search["type"]);
        Assert.True((bool?)search["initialRun"]);
        Assert.Equal(["compose", "commandBox"], search["context"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(MessagingExtensionCommands.SearchGuidelinesQueryParameter, (string?)Assert.Single(search["parameters"]!.AsArray())!["name"]);
    }

    [Fact]
    public void CheckMessage_IsAFetchTaskActionOnMessagesAndCompose()
    {
        var check = ExtensionCommands.Single(c => (string?)c!["id"] == MessagingExtensionCommands.CheckMessage)!;
        Assert.Equal("action", (string?)check["type"]);
        Assert.True((bool?)check["fetchTask"]);
        Assert.Equal(["message", "compose"], check["context"]!.AsArray().Select(c => (string?)c));
    }

    [Fact]
    public void AllBots_UseTheSameBotId()
    {
        Assert.Equal("${{BOT_ID}}", (string?)Manifest["bots"]![0]!["botId"]);
        Assert.Equal("${{BOT_ID}}", (string?)Manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal("${{BOT_ID}}", (string?)Manifest["webApplicationInfo"]!["id"]);
    }

    /// <summary>Accessible in both languages: every name and description the manifest shows has its English text.</summary>
    [Fact]
    public void English_TranslatesEveryShownText()
    {
        var keys = new List<string> { "name.short", "name.full", "description.short", "description.full" };
        for (var list = 0; list < CommandLists.Count; list++)
        {
            for (var index = 0; index < CommandLists[list]!["commands"]!.AsArray().Count; index++)
            {
                keys.Add($"bots[0].commandLists[{list}].commands[{index}].title");
                keys.Add($"bots[0].commandLists[{list}].commands[{index}].description");
            }
        }

        for (var index = 0; index < ExtensionCommands.Count; index++)
        {
            keys.Add($"composeExtensions[0].commands[{index}].title");
            keys.Add($"composeExtensions[0].commands[{index}].description");
            for (var parameter = 0; parameter < ExtensionCommands[index]!["parameters"]!.AsArray().Count; parameter++)
            {
                keys.Add($"composeExtensions[0].commands[{index}].parameters[{parameter}].title");
                keys.Add($"composeExtensions[0].commands[{index}].parameters[{parameter}].description");
            }
        }

        var translated = English.AsObject().Select(p => p.Key).Where(k => k != "$schema").Order(StringComparer.Ordinal);
        Assert.Equal(keys.Order(StringComparer.Ordinal), translated);
        Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace((string?)English[key]), key));
    }

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("manifest", file)))!;
}
