using Microsoft.ML.Data;

namespace Verkruisen.Bot.Learning;

/// <summary>
/// A sparse feature vector: strictly increasing indices and their values. Immutable, so it can be shared between
/// threads; a linear model scores it with one dot product per class.
/// </summary>
public sealed class SparseFeatures
{
    public SparseFeatures(int[] indices, float[] values)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(values);
        if (indices.Length != values.Length)
        {
            throw new ArgumentException("Indices and values differ in length.", nameof(values));
        }

        Indices = indices;
        Values = values;
    }

    public static SparseFeatures Empty { get; } = new([], []);

    public int[] Indices { get; }

    public float[] Values { get; }

    public int Count => Indices.Length;

    /// <summary>This vector followed by dense extra features (detectors, scores) at <paramref name="offset"/> and up; zeros are left out.</summary>
    public SparseFeatures WithExtra(int offset, ReadOnlySpan<float> extra)
    {
        if (Count > 0 && Indices[^1] >= offset)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "The extra features must come after the hashed ones.");
        }

        var nonZero = 0;
        foreach (var value in extra)
        {
            nonZero += value == 0 ? 0 : 1;
        }

        var indices = new int[Count + nonZero];
        var values = new float[Count + nonZero];
        Indices.CopyTo(indices, 0);
        Values.CopyTo(values, 0);
        var at = Count;
        for (var i = 0; i < extra.Length; i++)
        {
            if (extra[i] != 0)
            {
                indices[at] = offset + i;
                values[at++] = extra[i];
            }
        }

        return new SparseFeatures(indices, values);
    }

    /// <summary>The vector as ML.NET's sparse buffer of the given length (for training).</summary>
    public VBuffer<float> ToVBuffer(int length) => new(length, Count, Values, Indices);
}
