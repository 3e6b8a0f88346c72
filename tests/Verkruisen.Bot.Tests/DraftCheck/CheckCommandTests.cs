using System.Text.Json;
using Verkruisen.Bot.CommandLine;

namespace Verkruisen.Bot.Tests.DraftCheck;

public sealed class CheckCommandTests
{
    private static async Task<(int Exit, string Output)> RunAsync(string[] args, string input = "")
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BotCommandLine.RunAsync(args, reader, output, error);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task CheckJson_LinesIn_OneJsonLinePerDraft()
    {
        const string input = """
            {"text":"Emma uit groep 6 heeft dyscalculie.","platform":"facebook","photos":false,"account":"personal","role":"teacher"}
            {"text":"Mooie workshop gegeven over rekendidactiek."}
            {"text":"Hier een foto van groep 3.","photos":true}
            """;

        var (exit, output) = await RunAsync(["check", "--json"], input);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["not-allowed", "allowed", "ask-manager"], lines.Select(l => l.GetProperty("verdict").GetString()));
        Assert.Equal("3", lines[0].GetProperty("rules")[0].GetString());
        var finding = lines[0].GetProperty("findings")[0];
        Assert.Equal("pupil-confidential", finding.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
        Assert.Contains("dyscalculie", finding.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, lines[1].GetProperty("findings").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"text\": \"onaf", "invalid-json")]
    [InlineData("[1,2]", "invalid-json")]
    [InlineData("{\"text\":\"hoi\",\"account\":\"facebook\"}", "invalid-input")]
    [InlineData("{\"text\":\"   \"}", "empty-draft")]
    [InlineData("{\"platform\":\"x\"}", "empty-draft")]
    public async Task CheckJson_BadLine_ErrorLineAndGoesOn(string bad, string error)
    {
        var (exit, output) = await RunAsync(["check", "--json"], bad + "\n{\"text\":\"Fijne vakantie allemaal!\"}\n");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(error, lines[0].GetProperty("error").GetString());
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Equal("allowed", lines[1].GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("support")]
    [InlineData("intern")]
    [InlineData("onderwijsassistent")]
    [InlineData("stagiair")]
    public async Task CheckJson_SupportStaffAndInterns_AreChecked(string role)
    {
        var input = "{\"text\":\"Mooie workshop gegeven over rekendidactiek.\",\"platform\":\"linkedin\",\"account\":\"personal\",\"role\":\"" + role + "\"}\n"
            + "{\"text\":\"Emma uit groep 6 heeft dyscalculie.\",\"role\":\"" + role + "\"}\n";

        var (exit, output) = await RunAsync(["check", "--json"], input);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(lines, l => Assert.False(l.TryGetProperty("error", out _), l.ToString()));
        Assert.Equal(["allowed", "not-allowed"], lines.Select(l => l.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task Check_SupportRoleOption_IsAccepted()
    {
        var (exit, output) = await RunAsync(["check", "--role", "support", "Mooie workshop gegeven over rekendidactiek."]);

        Assert.Equal(0, exit);
        Assert.StartsWith("✅", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Text_PrintsReadableVerdict()
    {
        var (exit, output) = await RunAsync(["check", "Die ouders van groep 6 zijn echt onmogelijk, altijd klagen."]);

        Assert.Equal(0, exit);
        Assert.StartsWith("⛔ Niet plaatsen", output, StringComparison.Ordinal);
        Assert.Contains("Regel 4, negative-remark", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoText_SaysTheDraftIsEmpty()
    {
        var (exit, output) = await RunAsync(["check"]);

        Assert.Equal(0, exit);
        Assert.Contains("leeg", output, StringComparison.Ordinal);
    }
}
