namespace Verkruisen.Bot.SchoolExamples;

/// <summary>The verb and data keys of the digest's "hoort bij regel N" buttons.</summary>
public static class SchoolExampleVerbs
{
    public const string Assign = "examples.assign";

    /// <summary>The question-log id of the unanswered question (never its text: the text is read from the log).</summary>
    public const string QuestionIdKey = "questionId";

    /// <summary>A section id ("4", "purpose") or <see cref="Guidelines.LearnedExample.OutOfScope"/>.</summary>
    public const string LabelKey = "label";
}
