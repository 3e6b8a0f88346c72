using System.Collections.Frozen;
using System.Text.Json;
using Verkruisen.Bot.DraftCheck.Lexicons;
using Verkruisen.Bot.DraftCheck.Risk;
using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Localization;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.DraftCheck;

/// <summary>
/// The checker's data files (embedded in the assembly): the Dutch and English lexicons, the explanations of each
/// finding kind, a list of common first names and the learned risk models. Loaded and analysed once.
/// </summary>
public sealed class DraftCheckData
{
    private const string Prefix = "Verkruisen.Bot.DraftCheck.Data.";

    private readonly Dictionary<string, KindText> kinds;
    private readonly Lazy<(DraftRiskModel Model, TextFeaturizer Featurizer)> riskModel;

    public DraftCheckData(TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        Analyzer = analyzer;
        Dutch = new Lexicon(Read("lexicon-nl.json", DraftCheckDataJsonContext.Default.LexiconFile), analyzer);
        English = new Lexicon(Read("lexicon-en.json", DraftCheckDataJsonContext.Default.LexiconFile), analyzer);
        kinds = Read("kinds.json", DraftCheckDataJsonContext.Default.DictionaryStringKindText);
        using var names = new StreamReader(Open("first-names.txt"));
        riskModel = new Lazy<(DraftRiskModel, TextFeaturizer)>(() =>
        {
            var model = DraftRiskModelFile.ReadEmbedded();
            return (model, new TextFeaturizer(analyzer, model.Features));
        });
        FirstNames = names.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public TextAnalyzer Analyzer { get; }

    /// <summary>The learned risk models (read on first use, so training can run without them).</summary>
    public DraftRiskModel RiskModel => riskModel.Value.Model;

    /// <summary>The text featurization the risk models were trained with.</summary>
    public TextFeaturizer Featurizer => riskModel.Value.Featurizer;

    internal Lexicon Dutch { get; }

    internal Lexicon English { get; }

    internal FrozenSet<string> FirstNames { get; }

    internal Lexicon For(Language language) => language == Language.En ? English : Dutch;

    /// <summary>The rule of a finding kind.</summary>
    internal string RuleOf(string kind) => Text(kind).Rule;

    /// <summary>The explanation of a kind in the reader's language; the "unsure" wording for ask-manager findings.</summary>
    internal string Message(string kind, FindingSeverity severity, Language language)
    {
        var text = Text(kind);
        var unsure = severity == FindingSeverity.AskManager ? language.Pick(text.NlUnsure, text.EnUnsure) : null;
        return unsure ?? language.Pick(text.Nl, text.En);
    }

    private KindText Text(string kind) => kinds.TryGetValue(kind, out var text)
        ? text
        : throw new InvalidOperationException($"Finding kind '{kind}' has no text in kinds.json.");

    private static T Read<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var stream = Open(name);
        return JsonSerializer.Deserialize(stream, type) ?? throw new InvalidDataException($"{name} is empty.");
    }

    private static Stream Open(string name) =>
        typeof(DraftCheckData).Assembly.GetManifestResourceStream(Prefix + name)
        ?? throw new InvalidOperationException($"Embedded draft-check data file {name} is missing.");
}
