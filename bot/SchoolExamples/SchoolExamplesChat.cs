using Microsoft.Extensions.Options;
using Verkruisen.Bot.Chat;
using Verkruisen.Bot.Digest;
using Verkruisen.Bot.Guidelines;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>
/// The digest's "hoort bij regel N" / "buiten het protocol" buttons. Only a director (the digest's recipients,
/// Digest:Directors) may label: anyone else is refused before anything is read, and learns nothing about the question.
/// The button carries the question-log id and the label, never the text: the text is read from the log, masked as the
/// digest quotes it, stored as a school example and added to this instance's examples at once (the others reread
/// the table every SchoolExamples:RefreshInterval).
/// </summary>
public sealed partial class SchoolExamplesChat(
    QuestionLogStore questionLog,
    SchoolExampleStore store,
    LearnedExamples learned,
    DigestBuilder digest,
    Protocol protocol,
    IOptions<DigestOptions> directors,
    ILogger<SchoolExamplesChat> logger) : IChatFeature
{
    /// <summary>No messages: labelling is done with the digest's buttons.</summary>
    public Task<ChatReply?> TryHandleMessageAsync(ChatMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<ChatReply?>(null);

    public async Task<CardActionResult?> TryHandleActionAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Verb != SchoolExampleVerbs.Assign)
        {
            return null;
        }

        var t = SchoolExampleTexts.For(request.Language);
        if (!directors.Value.IsDirector(request.User.AadObjectId))
        {
            Log.Refused(logger, request.User.AadObjectId);
            return new CardActionResult.Failure(403, "NotDirector", t.NotForYou);
        }

        var questionId = request.Get(SchoolExampleVerbs.QuestionIdKey);
        var label = request.Get(SchoolExampleVerbs.LabelKey) ?? (questionId is null ? null : request.Get(SchoolExampleButtons.ChoiceId(questionId)));
        var section = label is null or LearnedExample.OutOfScope ? null : protocol.Find(label);
        if (questionId is null || label is null || (section is null && label != LearnedExample.OutOfScope))
        {
            return new CardActionResult.Failure(400, "BadLabel", t.BadButton);
        }

        var question = await questionLog.GetAsync(questionId, cancellationToken);
        if (question is null || string.IsNullOrWhiteSpace(question.Text))
        {
            Log.Gone(logger, questionId);
            return new CardActionResult.Message(t.Gone);
        }

        var example = new LearnedExample(questionId, digest.Quote(question), section?.Id ?? LearnedExample.OutOfScope);
        await store.SaveAsync(example, question.Language, cancellationToken);
        learned.Add(example);
        Log.Labelled(logger, questionId, example.Label, request.User.AadObjectId);
        return new CardActionResult.Message(section is null
            ? t.SavedOutOfScope
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Saved, SchoolExampleButtons.Name(section, request.Language)));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Question {QuestionId} labelled {Label} by director {AadObjectId}")]
        public static partial void Labelled(ILogger logger, string questionId, string label, string? aadObjectId);

        [LoggerMessage(2, LogLevel.Warning, "Labelling refused to {AadObjectId}: not a director")]
        public static partial void Refused(ILogger logger, string? aadObjectId);

        [LoggerMessage(3, LogLevel.Information, "Question {QuestionId} not in the log (purged?); not labelled")]
        public static partial void Gone(ILogger logger, string questionId);
    }
}
