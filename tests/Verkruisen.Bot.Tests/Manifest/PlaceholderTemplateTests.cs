using System.Text.Json.Nodes;
using Verkruisen.AppPackage;

namespace Verkruisen.Bot.Tests.Manifest;

public sealed class PlaceholderTemplateTests
{
    private const string Template = """{ "id": "${{TEAMS_APP_ID}}", "bot": "${{BOT_ID}}", "again": "${{ BOT_ID }}", "name": "Bot${{APP_NAME_SUFFIX}}" }""";

    [Fact]
    public void Fill_AllSettings_ReplacesEveryPlaceholder()
    {
        var result = PlaceholderTemplate.Fill(Template, name => name switch
        {
            "TEAMS_APP_ID" => "app",
            "BOT_ID" => "bot",
            "APP_NAME_SUFFIX" => " (dev)",
            _ => null,
        });

        Assert.True(result.IsComplete);
        Assert.Equal("""{ "id": "app", "bot": "bot", "again": "bot", "name": "Bot (dev)" }""", result.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Fill_RequiredSettingsAbsentOrBlank_ReportsEachOnceSorted(string? value)
    {
        var result = PlaceholderTemplate.Fill(Template, _ => value);

        Assert.False(result.IsComplete);
        Assert.Equal(["BOT_ID", "TEAMS_APP_ID"], result.Missing);
    }

    [Fact]
    public void Fill_OptionalSuffixAbsent_BecomesEmpty()
    {
        var result = PlaceholderTemplate.Fill(Template, name => name == "APP_NAME_SUFFIX" ? null : "x");

        Assert.True(result.IsComplete);
        Assert.Equal("Bot", (string?)JsonNode.Parse(result.Text)!["name"]);
    }

    [Fact]
    public void Fill_ValueWithJsonSpecialCharacters_StaysOneValidString()
    {
        var result = PlaceholderTemplate.Fill(Template, _ => "say \"hi\" \\ ok");

        Assert.Equal("say \"hi\" \\ ok", (string?)JsonNode.Parse(result.Text)!["id"]);
    }

    [Fact]
    public void Names_Template_ListsEachPlaceholderOnce() =>
        Assert.Equal(["TEAMS_APP_ID", "BOT_ID", "APP_NAME_SUFFIX"], PlaceholderTemplate.Names(Template));
}
