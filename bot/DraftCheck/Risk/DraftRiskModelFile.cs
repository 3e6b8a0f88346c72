using System.IO.Compression;
using System.Text;
using Verkruisen.Bot.Learning;

namespace Verkruisen.Bot.DraftCheck.Risk;

/// <summary>
/// The shipped model file (<c>DraftCheck/Data/draft-risk.model</c>, written by <c>train drafts</c>): gzip of the
/// featurizer's settings and, per category, its bias, thresholds and only its non-zero weights.
/// </summary>
public static class DraftRiskModelFile
{
    public const string ResourceName = "Verkruisen.Bot.DraftCheck.Data.draft-risk.model";
    private const string Magic = "VBDRISK2";

    public static void Write(DraftRiskModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(model.TrainedOn);
        LinearModelFile.Write(writer, model.Features);
        writer.Write(DraftSignals.Count);
        writer.Write(model.Categories.Count);
        foreach (var category in model.Categories)
        {
            writer.Write(category.Id);
            writer.Write(category.Model.Bias);
            writer.Write(category.Threshold.Doubt);
            writer.Write(category.Threshold.Present);
            var nonZero = Enumerable.Range(0, category.Model.Dimension).Where(i => category.Model.Weight(i) != 0).ToArray();
            writer.Write(nonZero.Length);
            foreach (var index in nonZero)
            {
                writer.Write(index);
                writer.Write(category.Model.Weight(index));
            }
        }
    }

    public static DraftRiskModel Read(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a draft risk model file.");
        }

        var trainedOn = reader.ReadString();

        var features = LinearModelFile.ReadFeatures(reader);
        if (reader.ReadInt32() != DraftSignals.Count)
        {
            throw new InvalidDataException("The draft model was trained with other detector features: run scripts/train.sh.");
        }

        var dimension = features.Dimension + DraftSignals.Count;
        var count = reader.ReadInt32();
        var categories = new List<CategoryModel>(count);
        for (var c = 0; c < count; c++)
        {
            var id = reader.ReadString();
            var bias = reader.ReadSingle();
            var doubt = reader.ReadDouble();
            var present = reader.ReadDouble();
            var nonZero = reader.ReadInt32();
            var indices = new int[nonZero];
            var weights = new float[nonZero];
            for (var i = 0; i < nonZero; i++)
            {
                indices[i] = reader.ReadInt32();
                weights[i] = reader.ReadSingle();
            }

            var model = BinaryLinearModel.FromNonZero(dimension, indices, weights, bias);
            categories.Add(new CategoryModel(id, model, new RiskThreshold(doubt, present)));
        }

        return new DraftRiskModel(features, categories, trainedOn);
    }

    /// <summary>The model shipped in the assembly.</summary>
    public static DraftRiskModel ReadEmbedded()
    {
        using var stream = typeof(DraftRiskModelFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The draft model is missing: run scripts/train.sh.");
        return Read(stream);
    }
}
