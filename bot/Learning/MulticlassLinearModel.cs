namespace Verkruisen.Bot.Learning;

/// <summary>
/// A trained multiclass linear model (maximum entropy), held as plain arrays so prediction is a sparse dot product
/// per class: no PredictionEngine, read-only, thread-safe. Weights are feature-major: the classes' weights of one
/// feature sit together.
/// </summary>
public sealed class MulticlassLinearModel
{
    private readonly float[] weights;
    private readonly float[] biases;

    public MulticlassLinearModel(IReadOnlyList<string> classes, int dimension, float[] weights, float[] biases)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (weights.Length != classes.Count * dimension || biases.Length != classes.Count)
        {
            throw new ArgumentException("The weights do not match the classes and the dimension.", nameof(weights));
        }

        Classes = classes;
        Dimension = dimension;
        this.weights = weights;
        this.biases = biases;
    }

    public IReadOnlyList<string> Classes { get; }

    public int Dimension { get; }

    /// <summary>The biases, one per class (for saving).</summary>
    public IReadOnlyList<float> Biases => biases;

    /// <summary>Every weight, feature-major (for saving): the weight of feature f for class c is at f * classes + c.</summary>
    public ReadOnlySpan<float> FlatWeights => weights;

    /// <summary>The number of weights that are not zero (what the model really carries).</summary>
    public int NonZeroWeights => weights.Count(w => w != 0);

    /// <summary>The probability of every class (softmax of the linear scores), in the order of <see cref="Classes"/>.</summary>
    public double[] Probabilities(SparseFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var k = Classes.Count;
        var scores = new double[k];
        for (var c = 0; c < k; c++)
        {
            scores[c] = biases[c];
        }

        for (var i = 0; i < features.Count; i++)
        {
            var index = features.Indices[i];
            if (index >= Dimension)
            {
                continue;
            }

            var value = features.Values[i];
            var row = weights.AsSpan(index * k, k);
            for (var c = 0; c < k; c++)
            {
                scores[c] += row[c] * value;
            }
        }

        var max = scores.Max();
        double sum = 0;
        for (var c = 0; c < k; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < k; c++)
        {
            scores[c] /= sum;
        }

        return scores;
    }

    /// <summary>The weight of one feature for one class (to explain a prediction).</summary>
    public float Weight(int classIndex, int featureIndex) =>
        featureIndex < Dimension ? weights[(featureIndex * Classes.Count) + classIndex] : 0;
}
