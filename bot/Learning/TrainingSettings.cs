namespace Verkruisen.Bot.Learning;

/// <summary>Regularisation and stopping of the L-BFGS trainers; the seed and one thread make training reproducible.</summary>
public sealed record TrainingSettings
{
    public int Seed { get; init; } = 1;

    public float L1 { get; init; } = 0.01f;

    public float L2 { get; init; } = 0.1f;

    public float Tolerance { get; init; } = 1e-6f;

    public int MaxIterations { get; init; } = 300;

    /// <summary>Multiclass only: SDCA (few passes over the data, fast) instead of L-BFGS.</summary>
    public bool Sdca { get; init; }
}
