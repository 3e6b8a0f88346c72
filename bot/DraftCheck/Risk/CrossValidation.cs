namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>The out-of-fold probabilities of every draft and the thresholds chosen on them.</summary>
internal sealed record CrossValidation(IReadOnlyList<PreparedDraft> Drafts, double[][] Probabilities, IReadOnlyList<RiskThreshold> Thresholds)
{
    public Verdict VerdictOf(int draft) => RiskLevels.VerdictOf(Drafts[draft], Thresholds, Probabilities[draft]);
}
