namespace Verkruisen.Bot.Guidelines;

/// <summary>What a question turned out to be.</summary>
public enum QuestionKind
{
    /// <summary>About the protocol: answered from one or more sections (or honestly "not sure").</summary>
    Answer,

    /// <summary>A greeting, "help", or nothing to go on: the help card.</summary>
    Help,

    /// <summary>Not about the social-media protocol (timetables, holidays, recipes): no rule is guessed.</summary>
    OutOfScope,
}

public static class QuestionKindExtensions
{
    /// <summary>The kind as the command line's --json writes it.</summary>
    public static string ToWire(this QuestionKind kind) => kind switch
    {
        QuestionKind.Answer => "answer",
        QuestionKind.Help => "help",
        _ => "out-of-scope",
    };
}
