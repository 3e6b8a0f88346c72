using System.Diagnostics;
using System.Text.Json;
using Verkruisen.Bot.CommandLine;
using Verkruisen.Bot.Tests.TestSupport;

namespace Verkruisen.Bot.Tests.Guidelines;

public sealed class AskCommandTests
{
    [Fact]
    public async Task RunAsync_QuestionWithJson_WritesOneObject()
    {
        var (code, text) = await RunAsync(["ask", "--json", "Mag ik foto's van de klas op mn fb?"], "");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("Mag ik foto's van de klas op mn fb?", json.RootElement.GetProperty("question").GetString());
        Assert.Equal("answer", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("10", json.RootElement.GetProperty("rules")[0].GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("answer").GetString()));
    }

    [Fact]
    public async Task RunAsync_NoQuestion_AnswersEveryStdinLineInOrder()
    {
        var (code, text) = await RunAsync(["ask", "--json"], "hoi\nWanneer is de kerstvakantie?\n\nMoet ik in de groepsapp?\n");

        Assert.Equal(0, code);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["help", "out-of-scope", "answer"], lines.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal(0, lines[1].GetProperty("rules").GetArrayLength());
        Assert.Equal("12", lines[2].GetProperty("rules")[0].GetString());
    }

    [Fact]
    public async Task RunAsync_WithoutJson_PrintsTheAnswerAndTheQuotedRule()
    {
        var (_, text) = await RunAsync(["ask", "Mogen ouders filmen bij de musical?"], "");

        Assert.Contains("Regel 11", text, StringComparison.Ordinal);
        Assert.Contains("\"Naast medewerkers mogen alleen ouders", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_AskJsonFromStdin_Works()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Verkruisen.Bot.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "ask", "--json" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        await process.StandardInput.WriteLineAsync("Can parents film the school play?");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("11", JsonDocument.Parse(output).RootElement.GetProperty("rules")[0].GetString());
        _ = RepoPaths.Root;
    }

    private static async Task<(int Code, string Output)> RunAsync(string[] args, string input)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BotCommandLine.RunAsync(args, reader, output, error);
        return (code, output.ToString());
    }
}
