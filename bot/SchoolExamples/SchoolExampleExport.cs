using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Microsoft.Extensions.Options;
using Verkruisen.Bot.Guidelines;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Storage;

namespace Verkruisen.Bot.SchoolExamples;

/// <summary>
/// <c>ask --export-examples</c>: the school's labelled questions, read from the configured Table Storage
/// (Storage:ConnectionString or Storage:TableEndpoint with managed identity, Storage:TablePrefix; from appsettings and
/// environment variables such as <c>Storage__ConnectionString</c>), written as corpus JSON lines
/// (corpus/questions format, corpus/LABELLING.md), oldest label first, so they can join the corpus.
/// </summary>
public static class SchoolExampleExport
{
    /// <summary>The voice of an exported line: the question was asked at the school and labelled by its director.</summary>
    public const string Voice = "school";

    private static readonly LearningJsonContext Json = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static async Task<int> WriteAsync(IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (string.IsNullOrWhiteSpace(storage.ConnectionString) && storage.TableEndpoint is null)
        {
            await error.WriteLineAsync("Set Storage:ConnectionString (environment variable Storage__ConnectionString) or Storage:TableEndpoint to export the school's examples.".AsMemory(), cancellationToken);
            return 1;
        }

        var examples = configuration.GetSection(SchoolExampleOptions.SectionName).Get<SchoolExampleOptions>() ?? new SchoolExampleOptions();
        var tables = new Tables(StorageServiceCollectionExtensions.CreateClient(storage), Options.Create(storage));
        var store = new SchoolExampleStore(tables, TimeProvider.System, Options.Create(examples));
        IReadOnlyList<SchoolExampleEntity> rows;
        try
        {
            rows = await store.ReadAllAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            rows = []; // nothing labelled yet: the table was never created
        }
        catch (Exception ex) when (StorageFailure.Is(ex, cancellationToken))
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Table Storage could not be read (status {StorageFailure.StatusOf(ex)}).").AsMemory(), cancellationToken);
            return 1;
        }

        foreach (var row in rows)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(ToCorpus(row), Json.CorpusQuestion).AsMemory(), cancellationToken);
        }

        return 0;
    }

    /// <summary>A stored label as a corpus line: id "school-" + the question-log id.</summary>
    public static CorpusQuestion ToCorpus(SchoolExampleEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var outOfScope = row.Label == LearnedExample.OutOfScope;
        return new CorpusQuestion(
            "school-" + row.RowKey,
            row.Text,
            outOfScope ? [] : [row.Label],
            outOfScope ? "out-of-scope" : "answer",
            Voice,
            row.Language == "en" ? "en" : "nl");
    }
}
