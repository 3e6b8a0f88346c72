namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>The out-of-fold probabilities of every draft, the fold each draft was held out in, and the thresholds chosen on them.</summary>
internal sealed record CrossValidation(IReadOnlyList<PreparedDraft> Drafts, int[] Folds, double[][] Probabilities, IReadOnlyList<RiskThreshold> Thresholds)
{
    public Verdict VerdictOf(int draft) => RiskLevels.VerdictOf(Drafts[draft], Thresholds, Probabilities[draft]);
}
