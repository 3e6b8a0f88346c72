using Verkruisen.Bot.Learning;
using Verkruisen.Bot.Text;

namespace Verkruisen.Bot.Guidelines;

/// <summary>
/// k-fold cross-validation of the question engine over a labelled corpus: folds stratified by the first acceptable
/// section (or the kind), each fold answered by an engine whose model was trained on the other folds and the
/// protocol's examples. Deterministic.
/// </summary>
public static class QuestionCrossValidation
{
    public static QuestionEvaluation Run(Protocol protocol, TextAnalyzer analyzer, IReadOnlyList<CorpusQuestion> corpus, int k, QuestionModelOptions options) =>
        Run(protocol, analyzer, corpus, k, [options])[0];

    /// <summary>
    /// One evaluation per variant; the variants share the model of each fold (its training options are the first
    /// variant's) and differ only in how the engine combines it with the lexical ranking.
    /// </summary>
    public static IReadOnlyList<QuestionEvaluation> Run(Protocol protocol, TextAnalyzer analyzer, IReadOnlyList<CorpusQuestion> corpus, int k, IReadOnlyList<QuestionModelOptions> variants)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(variants);
        var folds = Folds.Stratified([.. corpus.Select(Stratum)], k, variants[0].Training.Seed);
        var evaluations = variants.Select(_ => new QuestionEvaluation()).ToList();
        for (var fold = 0; fold < k; fold++)
        {
            var training = corpus.Where((_, i) => folds[i] != fold).ToList();
            var model = QuestionModelTrainer.Train(protocol, analyzer, training, variants[0]);
            for (var v = 0; v < variants.Count; v++)
            {
                var engine = new QuestionEngine(protocol, analyzer, model, variants[v]);
                for (var i = 0; i < corpus.Count; i++)
                {
                    if (folds[i] == fold)
                    {
                        evaluations[v].Add(corpus[i], engine.Answer(corpus[i].Question));
                    }
                }
            }
        }

        return evaluations;
    }

    private static string Stratum(CorpusQuestion question) =>
        question.Kind == QuestionModel.AnswerClass && question.Rules.Count > 0 ? question.Rules[0] : question.Kind;
}
