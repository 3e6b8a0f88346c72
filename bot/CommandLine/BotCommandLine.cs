using System.CommandLine;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.CommandLine;

/// <summary>
/// The command line in the same executable, for the school's admin and for evaluation
/// (<c>dotnet run --project bot -- ask "..."</c>). Each feature adds its command to <see cref="Build"/>;
/// commands need no storage, network or configuration.
/// </summary>
public static class BotCommandLine
{
    /// <param name="configuration">The settings a command that reads storage uses (default: appsettings and environment variables).</param>
    public static RootCommand Build(TextReader input, TextWriter output, TextWriter error, Func<IConfiguration>? configuration = null)
    {
        var root = new RootCommand("Verkruisen Bot: the social-media protocol of obs BM Verkruisen.")
        {
            AskCommand.Create(input, output, error, QuestionEngine.CreateDefault, configuration ?? CommandLineConfiguration.Load),
            DraftCheck.CommandLine.CheckCommand.Create(input, output),
            ModelCommands.Train(
                Guidelines.CommandLine.QuestionsTrainCommand.Create(output),
                DraftCheck.CommandLine.DraftLearningCommands.Train(output)),
            ModelCommands.Eval(
                Guidelines.CommandLine.QuestionsEvalCommand.Create(output),
                DraftCheck.CommandLine.DraftLearningCommands.Eval(output)),
        };
        return root;
    }

    /// <summary>True when the first argument names a command (otherwise the web host starts).</summary>
    public static bool Handles(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length > 0 && Build(TextReader.Null, TextWriter.Null, TextWriter.Null).Subcommands.Any(c => c.Name == args[0]);
    }

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, Func<IConfiguration>? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var root = Build(input, output, error, configuration);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(invocation);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // A file or folder the admin named is not there: say which, not a stack trace.
            await error.WriteLineAsync($"Niet gevonden: {(ex as FileNotFoundException)?.FileName ?? ex.Message}");
            return 2;
        }
        catch (InvalidDataException ex)
        {
            // A corpus or eval file with a bad line: its file and line number (CorpusReader never puts the line's text in it).
            await error.WriteLineAsync($"Ongeldig bestand: {ex.Message}");
            return 2;
        }
        catch (Exception ex)
        {
            // Anything else is a fault, not bad input: reported as System.CommandLine's default handler does (exit code 1).
            await error.WriteLineAsync($"Unhandled exception: {ex}");
            return 1;
        }
    }
}
