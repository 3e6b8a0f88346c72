namespace Verkruisen.Bot.CommandLine;

/// <summary>
/// The command line in the same executable, for the school's admin and for evaluation. Each feature adds its
/// command here; commands need no storage, network or configuration.
/// </summary>
public static class BotCommandLine
{
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { };

    public static bool Handles(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        _ = input;
        _ = output;
        error.WriteLine($"Unknown command: {args.FirstOrDefault()}");
        return Task.FromResult(2);
    }
}
