using System.CommandLine;
using System.Text.Json;
using Verkruisen.Bot.Localization;

namespace Verkruisen.Bot.DraftCheck.CommandLine;

/// <summary>
/// <c>check "&lt;text&gt;"</c> prints a readable verdict; <c>check --json</c> reads JSON lines from standard input
/// and writes one JSON line per draft. No storage, network or configuration.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextReader input, TextWriter output)
    {
        var text = new Argument<string?>("text") { Description = "The draft to check.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Read JSON lines from standard input, write one JSON line per draft." };
        var platform = new Option<string?>("--platform") { Description = "facebook, instagram, linkedin, twitter, whatsapp, ..." };
        var photos = new Option<bool?>("--photos") { Description = "Photos or video of pupils go with the post." };
        var account = new Option<string?>("--account") { Description = "personal or school." };
        var role = new Option<string?>("--role") { Description = "teacher, support (onderwijsassistent, IB'er, conciërge, administratie), intern (stagiair), manager or director." };
        var command = new Command("check", "Check a draft post against the social-media protocol.") { text, json, platform, photos, account, role };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var checker = DraftChecker.CreateDefault();
            if (parse.GetValue(json))
            {
                await CheckJsonLinesAsync(checker, input, output, cancellationToken);
                return 0;
            }

            var (context, error) = DraftContextParser.Parse(parse.GetValue(platform), parse.GetValue(photos), parse.GetValue(account), parse.GetValue(role));
            if (context is null)
            {
                await output.WriteLineAsync(error);
                return 2;
            }

            var result = checker.Check(parse.GetValue(text), context);
            await output.WriteAsync(ReadableVerdict.Format(result));
            return 0;
        });
        return command;
    }

    internal static async Task CheckJsonLinesAsync(DraftChecker checker, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var number = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = CheckLine(checker, line, number);
            await output.WriteLineAsync(JsonSerializer.Serialize(result, CheckJsonContext.Default.CheckOutput));
        }
    }

    private static CheckOutput CheckLine(DraftChecker checker, string line, int number)
    {
        CheckInput? input;
        try
        {
            input = JsonSerializer.Deserialize(line, CheckJsonContext.Default.CheckInput);
        }
        catch (JsonException e)
        {
            return new CheckOutput(Error: "invalid-json", Message: e.Message, Line: number);
        }

        if (input is null)
        {
            return new CheckOutput(Error: "invalid-json", Message: "Expected a JSON object.", Line: number);
        }

        var (context, error) = DraftContextParser.Parse(input.Platform, input.Photos, input.Account, input.Role, input.Doubt ?? false);
        if (context is null)
        {
            return new CheckOutput(Error: "invalid-input", Message: error, Line: number);
        }

        var result = checker.Check(input.Text, context);
        var t = DraftCheckTexts.For(result.DraftLanguage);
        return result.Status switch
        {
            DraftCheckStatus.Empty => new CheckOutput(Error: "empty-draft", Message: t.Empty, Line: number),
            DraftCheckStatus.TooLong => new CheckOutput(Error: "too-long", Message: ReadableVerdict.TooLong(result, t), Line: number),
            _ => new CheckOutput(
                result.Verdict!.Value.ToWire(),
                result.Rules,
                [.. result.Findings.Select(f => new CheckFindingOutput(f.Rule, f.Kind, f.Message, f.Excerpt))]),
        };
    }
}
