using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// Trains the <see cref="QuestionModel"/> from labelled questions and the protocol's own example questions,
/// deterministically (fixed seed, one thread). Answer questions are labelled with their first acceptable section
/// (weight 1) and their other acceptable sections (a lower weight).
/// </summary>
public static class QuestionModelTrainer
{
    public static QuestionModel Train(Protocol protocol, TextAnalyzer analyzer, IReadOnlyList<CorpusQuestion> corpus, QuestionModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new QuestionModelOptions();
        var featurizer = new TextFeaturizer(analyzer, options.Features);
        var ids = protocol.Sections.Select(s => s.Id).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var questions = Examples(protocol, corpus).ToList();
        var terms = new QuestionTerms(protocol.Document, analyzer);
        var features = questions.Select(q => featurizer.Featurize(QuestionModel.ModelText(terms, q.Question, options.ExpandTerms))).ToList();

        if (!options.SeparateKindModel)
        {
            var classes = ids.Append(QuestionModel.OutOfScopeClass).Append(QuestionModel.HelpClass).ToList();
            var all = new List<LabelledExample>();
            for (var i = 0; i < questions.Count; i++)
            {
                all.AddRange(Labels(questions[i], index, ids.Count, options).Select(l => new LabelledExample(features[i], l.Label, l.Weight)));
            }

            return new QuestionModel(featurizer, LinearTrainer.TrainMulticlass(all, classes, featurizer.Dimension, options.Training), null, ids.Count, options.ExpandTerms);
        }

        var kindClasses = new[] { QuestionModel.AnswerClass, QuestionModel.OutOfScopeClass, QuestionModel.HelpClass };
        var kindExamples = questions.Select((q, i) => new LabelledExample(features[i], Array.IndexOf(kindClasses, q.Kind))).Where(e => e.Label >= 0).ToList();
        var sectionExamples = new List<LabelledExample>();
        for (var i = 0; i < questions.Count; i++)
        {
            if (questions[i].Kind == QuestionModel.AnswerClass)
            {
                sectionExamples.AddRange(Labels(questions[i], index, ids.Count, options).Select(l => new LabelledExample(features[i], l.Label, l.Weight)));
            }
        }

        var kinds = LinearTrainer.TrainMulticlass(kindExamples, kindClasses, featurizer.Dimension, options.Training);
        var sections = LinearTrainer.TrainMulticlass(sectionExamples, ids, featurizer.Dimension, options.Training);
        return new QuestionModel(featurizer, sections, kinds, ids.Count, options.ExpandTerms);
    }

    /// <summary>The corpus, then every example question of the protocol (as an answer about its section).</summary>
    public static IEnumerable<CorpusQuestion> Examples(Protocol protocol, IReadOnlyList<CorpusQuestion> corpus)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return corpus.Concat(protocol.Sections.SelectMany(s => s.Examples.Select((e, i) => new CorpusQuestion($"protocol-{s.Id}-{i}", e, [s.Id], QuestionModel.AnswerClass))));
    }

    private static IEnumerable<(int Label, float Weight)> Labels(CorpusQuestion question, Dictionary<string, int> index, int sectionCount, QuestionModelOptions options)
    {
        switch (question.Kind)
        {
            case QuestionModel.OutOfScopeClass:
                yield return (sectionCount, 1);
                break;
            case QuestionModel.HelpClass:
                yield return (sectionCount + 1, 1);
                break;
            default:
                var first = true;
                foreach (var rule in question.Rules.Where(index.ContainsKey).Distinct(StringComparer.Ordinal))
                {
                    yield return (index[rule], first ? 1 : options.AlternativeWeight);
                    first = false;
                }

                break;
        }
    }
}
