using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// The trained question model as a file (Data/question-model.bin, embedded in the bot): the feature settings, then
/// the section model and the kind model if there is one, each as <see cref="LinearModelFile"/> writes it.
/// <c>train questions</c> writes it; a test fails when it is not what the corpus trains.
/// </summary>
public static class QuestionModelFile
{
    public const string ResourceName = "Verkruisen.Bot.Guidelines.Data.question-model.bin";

    public static void Write(Stream stream, QuestionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var writer = LinearModelFile.Create(stream);
        LinearModelFile.Write(writer, model.Featurizer.Options);
        writer.Write(model.SectionCount);
        writer.Write(model.KindModel is not null);
        writer.Write(model.ExpandTerms);
        LinearModelFile.Write(writer, model.SectionModel);
        if (model.KindModel is not null)
        {
            LinearModelFile.Write(writer, model.KindModel);
        }
    }

    public static QuestionModel Read(Stream stream, TextAnalyzer analyzer)
    {
        using var reader = LinearModelFile.Open(stream);
        var features = LinearModelFile.ReadFeatures(reader);
        var sectionCount = reader.ReadInt32();
        var hasKinds = reader.ReadBoolean();
        var expand = reader.ReadBoolean();
        var sections = LinearModelFile.ReadMulticlass(reader);
        var kinds = hasKinds ? LinearModelFile.ReadMulticlass(reader) : null;
        return new QuestionModel(new TextFeaturizer(analyzer, features), sections, kinds, sectionCount, expand);
    }

    /// <summary>The model shipped in the bot; null when the bot was built without one.</summary>
    public static QuestionModel? ReadEmbedded(TextAnalyzer analyzer)
    {
        using var stream = typeof(QuestionModelFile).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream, analyzer);
    }
}
