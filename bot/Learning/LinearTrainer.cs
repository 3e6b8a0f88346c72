using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Verkruisen.Bot.Learning;

/// <summary>
/// Trains linear models with ML.NET (L-BFGS maximum entropy for several classes, L-BFGS logistic regression for
/// one yes/no), deterministically: a fixed seed and one thread. The result is copied out of ML.NET into a
/// <see cref="MulticlassLinearModel"/> or <see cref="BinaryLinearModel"/>, which predict without it.
/// </summary>
public static class LinearTrainer
{
    public static MulticlassLinearModel TrainMulticlass(
        IReadOnlyList<LabelledExample> examples, IReadOnlyList<string> classes, int dimension, TrainingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(classes);
        settings ??= new TrainingSettings();
        var ml = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(MulticlassRow));
        schema[nameof(MulticlassRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        schema[nameof(MulticlassRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes.Count);
        var rows = examples.Select(e => new MulticlassRow
        {
            Features = e.Features.ToVBuffer(dimension),
            // LoadFromEnumerable reads a key column 0-based (and stores it +1; 0 is "missing").
            Label = (uint)e.Label,
            Weight = e.Weight,
        });
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var model = settings.Sdca
            ? ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = "Weight",
                L1Regularization = settings.L1,
                L2Regularization = settings.L2,
                ConvergenceTolerance = settings.Tolerance,
                MaximumNumberOfIterations = settings.MaxIterations,
                NumberOfThreads = 1,
                Shuffle = true,
            }).Fit(data).Model
            : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                Configure<LbfgsMaximumEntropyMulticlassTrainer.Options, MulticlassPredictionTransformer<MaximumEntropyModelParameters>, MaximumEntropyModelParameters>(
                    new() { ShowTrainingStatistics = false }, settings)).Fit(data).Model;

        VBuffer<float>[] perClass = [];
        model.GetWeights(ref perClass, out var classCount);
        var biases = model.GetBiases().ToArray();
        var weights = new float[classes.Count * dimension];
        for (var c = 0; c < classCount; c++)
        {
            foreach (var (index, value) in perClass[c].Items())
            {
                weights[(index * classes.Count) + c] = value;
            }
        }

        return new MulticlassLinearModel(classes, dimension, weights, biases);
    }

    public static BinaryLinearModel TrainBinary(IReadOnlyList<LabelledExample> examples, int dimension, TrainingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        settings ??= new TrainingSettings();
        var ml = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(BinaryRow));
        schema[nameof(BinaryRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var rows = examples.Select(e => new BinaryRow { Features = e.Features.ToVBuffer(dimension), Label = e.Label != 0, Weight = e.Weight });
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
            Configure<LbfgsLogisticRegressionBinaryTrainer.Options, BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>, CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>(
                new() { ShowTrainingStatistics = false }, settings));
        var calibrated = trainer.Fit(data).Model;
        var linear = calibrated.SubModel;
        var weights = new float[dimension];
        for (var i = 0; i < linear.Weights.Count; i++)
        {
            weights[i] = linear.Weights[i];
        }

        // Logistic regression's calibrator is the identity sigmoid (slope -1, offset 0); anything else is folded in.
        var (slope, offset) = calibrated.Calibrator is PlattCalibrator platt ? (platt.Slope, platt.Offset) : (-1.0, 0.0);
        var factor = (float)-slope;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] *= factor;
        }

        return new BinaryLinearModel(weights, (linear.Bias * factor) - (float)offset);
    }

    /// <summary>The settings every L-BFGS trainer shares: columns, regularisation, stopping, one thread.</summary>
    private static TOptions Configure<TOptions, TTransformer, TModel>(TOptions options, TrainingSettings settings)
        where TOptions : LbfgsTrainerBase<TOptions, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.LabelColumnName = "Label";
        options.FeatureColumnName = "Features";
        options.ExampleWeightColumnName = "Weight";
        options.L1Regularization = settings.L1;
        options.L2Regularization = settings.L2;
        options.OptimizationTolerance = settings.Tolerance;
        options.MaximumNumberOfIterations = settings.MaxIterations;
        options.NumberOfThreads = 1;
        return options;
    }

    private sealed class MulticlassRow
    {
        public VBuffer<float> Features { get; set; }

        public uint Label { get; set; }

        public float Weight { get; set; }
    }

    private sealed class BinaryRow
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }

        public float Weight { get; set; }
    }
}
