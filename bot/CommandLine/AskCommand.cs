using System.CommandLine;
using System.Text.Json;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.CommandLine;

/// <summary>
/// <c>ask "question" [--json]</c>: answers from the protocol. Without a question it reads one question per line
/// from standard input and answers each in order (with --json: one JSON object per line). No storage or network,
/// except <c>ask --export-examples</c>, which reads the school's labelled questions from Table Storage.
/// </summary>
public static class AskCommand
{
    private static readonly GuidelinesJsonContext Json = new(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static Command Create(TextReader input, TextWriter output, Func<QuestionEngine> engineFactory)
        => Create(input, output, TextWriter.Null, engineFactory, CommandLineConfiguration.Load);

    /// <param name="configuration">Read only by --export-examples (where Table Storage is).</param>
    public static Command Create(TextReader input, TextWriter output, TextWriter error, Func<QuestionEngine> engineFactory, Func<IConfiguration> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var question = new Argument<string?>("question")
        {
            Description = "The question; leave out to read one question per line from standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per question." };
        var export = new Option<bool>("--export-examples")
        {
            Description = "Write the questions the director labelled from the digest (Table Storage, Storage:* settings) as corpus JSON lines.",
        };
        var command = new Command("ask", "Answer a question about the social-media protocol.") { question, json, export };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(export))
            {
                return await SchoolExamples.SchoolExampleExport.WriteAsync(configuration(), output, error, cancellationToken);
            }

            var engine = engineFactory();
            var asJson = parse.GetValue(json);
            var single = parse.GetValue(question);
            if (single is not null)
            {
                await WriteAsync(output, engine, single, asJson, cancellationToken);
                return 0;
            }

            var first = true;
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (!asJson && !first)
                {
                    await output.WriteLineAsync();
                }

                first = false;
                await WriteAsync(output, engine, line.Trim(), asJson, cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, QuestionEngine engine, string question, bool asJson, CancellationToken cancellationToken)
    {
        var result = engine.Answer(question);
        var language = result.LanguageOr(Localization.Language.Nl);
        if (asJson)
        {
            var line = new AskOutput(question, result.Kind.ToWire(), [.. result.RuleIds], AnswerText.Of(result, language),
                result.Confident, result.Confidence, language == Localization.Language.En ? "en" : "nl");
            await output.WriteLineAsync(JsonSerializer.Serialize(line, Json.AskOutput).AsMemory(), cancellationToken);
            return;
        }

        var t = GuidelineTexts.For(language);
        await output.WriteLineAsync(("? " + question).AsMemory(), cancellationToken);
        await output.WriteLineAsync(AnswerText.Of(result, language).AsMemory(), cancellationToken);
        if (result.Kind == QuestionKind.Answer && result.Confident)
        {
            foreach (var cited in result.Cited)
            {
                await output.WriteLineAsync(("  " + t.Label(cited.Section, language) + ": \"" + cited.Section.Original.Nl + "\"").AsMemory(), cancellationToken);
            }
        }
    }
}
