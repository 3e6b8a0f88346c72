namespace Verkruisen.Bot.Learning;

/// <summary>A trained binary logistic model as plain arrays: probability = sigmoid(w·x + b). Read-only, thread-safe.</summary>
public sealed class BinaryLinearModel
{
    private readonly float[] weights;

    public BinaryLinearModel(float[] weights, float bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights;
        Bias = bias;
    }

    public int Dimension => weights.Length;

    public float Bias { get; }

    public int NonZeroWeights => weights.Count(w => w != 0);

    public double Score(SparseFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double score = Bias;
        for (var i = 0; i < features.Count; i++)
        {
            if (features.Indices[i] < weights.Length)
            {
                score += weights[features.Indices[i]] * features.Values[i];
            }
        }

        return score;
    }

    public double Probability(SparseFeatures features) => 1 / (1 + Math.Exp(-Score(features)));

    /// <summary>The weight of one feature (to explain a prediction).</summary>
    public float Weight(int featureIndex) => featureIndex < weights.Length ? weights[featureIndex] : 0;
}
