using System.Globalization;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// What cross-validation says, per category (positives, ROC AUC of the out-of-fold probabilities, the thresholds,
/// recall at the doubt threshold, precision and recall at the present one) and for the verdicts at those thresholds.
/// </summary>
internal static class CrossValidationReport
{
    public static DraftEvaluation Write(CrossValidation validation, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        var drafts = validation.Drafts;
        output.WriteLine(string.Create(c, $"{"category",-20} {"pos",4} {"auc",6} {"doubt",7} {"rec@d",6} {"present",7} {"prec@p",6} {"rec@p",6}"));
        for (var k = 0; k < validation.Thresholds.Count; k++)
        {
            var scored = drafts.Select((d, i) => (Positive: d.Labels[k], P: validation.Probabilities[i][k])).ToList();
            var positives = scored.Count(s => s.Positive);
            var threshold = validation.Thresholds[k];
            var atDoubt = scored.Count(s => s.Positive && s.P >= threshold.Doubt);
            var flagged = scored.Count(s => s.P >= threshold.Present);
            var hits = scored.Count(s => s.Positive && s.P >= threshold.Present);
            output.WriteLine(string.Create(c,
                $"{VerdictPolicy.Categories[k].Id,-20} {positives,4} {Auc(scored),6:F3} {threshold.Doubt,7:F3} {Share(atDoubt, positives),6:P0} {threshold.Present,7:F2} {Share(hits, flagged),6:P0} {Share(hits, positives),6:P0}"));
        }

        var evaluation = new DraftEvaluation();
        for (var i = 0; i < drafts.Count; i++)
        {
            evaluation.Add(drafts[i].Id, drafts[i].Role, drafts[i].Ok, drafts[i].Categories, validation.VerdictOf(i));
        }

        output.WriteLine();
        output.WriteLine("verdicts on held-out folds at these thresholds:");
        evaluation.Write(output);
        return evaluation;
    }

    /// <summary>Every held-out draft whose verdict is not acceptable, with the categories it reached.</summary>
    public static void WriteErrors(CrossValidation validation, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < validation.Drafts.Count; i++)
        {
            var draft = validation.Drafts[i];
            var verdict = validation.VerdictOf(i).ToWire();
            if (!draft.Ok.Contains(verdict))
            {
                var raised = Enumerable.Range(0, validation.Thresholds.Count).Where(k => validation.Probabilities[i][k] >= validation.Thresholds[k].Doubt)
                    .Select(k => string.Create(CultureInfo.InvariantCulture, $"{VerdictPolicy.Categories[k].Id}={validation.Probabilities[i][k]:F2}"));
                output.WriteLine($"{draft.Id} {verdict} (ok {string.Join('|', draft.Ok)}; {string.Join(',', draft.Categories)}) raised: {string.Join(' ', raised)}");
            }
        }
    }

    /// <summary>Every draft's out-of-fold probabilities, labels and hard facts, tab-separated (for studying the policy).</summary>
    public static void Dump(CrossValidation validation, string path)
    {
        ArgumentNullException.ThrowIfNull(validation);
        using var writer = new StreamWriter(path);
        writer.WriteLine("id\trole\tok\tcategories\thardest\tnotALeader\tcontact\tfloors\t" + string.Join('\t', VerdictPolicy.Categories.Select(c => c.Id)));
        for (var i = 0; i < validation.Drafts.Count; i++)
        {
            var d = validation.Drafts[i];
            writer.WriteLine(string.Join('\t', new[] { d.Id, d.Role, string.Join('|', d.Ok), string.Join('|', d.Categories), d.Hardest.ToString(), d.NotALeader.ToString(), d.HasContactDetails.ToString(), d.Floors.ToString() }
                .Concat(validation.Probabilities[i].Select(p => p.ToString("R", CultureInfo.InvariantCulture)))));
        }
    }

    /// <summary>
    /// What the threshold choice does on drafts it was not made on: for each fold, the thresholds chosen on the other
    /// folds' out-of-fold probabilities (as <paramref name="options"/> choose them), and that fold's verdicts at those
    /// thresholds, summed over the folds.
    /// </summary>
    public static NestedCheck Nested(DraftTrainingOptions options, CrossValidation validation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(validation);
        var folds = validation.Folds;
        var evaluation = new DraftEvaluation();
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var rest = Enumerable.Range(0, folds.Length).Where(i => folds[i] != fold).ToArray();
            var thresholds = ThresholdChoice.Choose([.. rest.Select(i => validation.Drafts[i])], [.. rest.Select(i => validation.Probabilities[i])], options);
            foreach (var i in Enumerable.Range(0, folds.Length).Where(i => folds[i] == fold))
            {
                var draft = validation.Drafts[i];
                evaluation.Add(draft.Id, draft.Role, draft.Ok, draft.Categories, RiskLevels.VerdictOf(draft, thresholds, validation.Probabilities[i]));
            }
        }

        return new NestedCheck(evaluation.Total, evaluation.Acceptable, evaluation.UnsafeAllowed, evaluation.HarmlessAllowed);
    }

    /// <summary>The probability that a random positive scores above a random negative (ties count half).</summary>
    private static double Auc(List<(bool Positive, double P)> scored)
    {
        var ranked = scored.OrderBy(s => s.P).ToList();
        double rankSum = 0;
        var i = 0;
        while (i < ranked.Count)
        {
            var j = i;
            while (j < ranked.Count && ranked[j].P == ranked[i].P)
            {
                j++;
            }

            var rank = (i + j + 1) / 2.0;
            rankSum += rank * ranked.Skip(i).Take(j - i).Count(s => s.Positive);
            i = j;
        }

        double positives = scored.Count(s => s.Positive);
        var negatives = scored.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
