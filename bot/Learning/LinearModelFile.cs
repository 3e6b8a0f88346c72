using System.IO.Compression;
using System.Text;

namespace Verkruisen.Bot.Learning;

/// <summary>
/// Writes and reads linear models compactly: gzip over the class names, biases and only the weights that are not
/// zero (flat index and value). Little-endian, versioned; a file that is not one fails with a clear message.
/// </summary>
public static class LinearModelFile
{
    private const int Magic = 0x4D4C4B56; // "VKLM"
    private const int Version = 1;

    public static void Write(BinaryWriter writer, MulticlassLinearModel model)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(model);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Dimension);
        writer.Write(model.Classes.Count);
        foreach (var name in model.Classes)
        {
            writer.Write(name);
        }

        foreach (var bias in model.Biases)
        {
            writer.Write(bias);
        }

        var weights = model.FlatWeights;
        var nonZero = 0;
        foreach (var w in weights)
        {
            nonZero += w == 0 ? 0 : 1;
        }

        writer.Write(nonZero);
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0)
            {
                writer.Write(i);
                writer.Write(weights[i]);
            }
        }
    }

    public static MulticlassLinearModel ReadMulticlass(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a linear model file of this version.");
        }

        var dimension = reader.ReadInt32();
        var classCount = reader.ReadInt32();
        var classes = new string[classCount];
        for (var c = 0; c < classCount; c++)
        {
            classes[c] = reader.ReadString();
        }

        var biases = new float[classCount];
        for (var c = 0; c < classCount; c++)
        {
            biases[c] = reader.ReadSingle();
        }

        var weights = new float[checked(dimension * classCount)];
        var nonZero = reader.ReadInt32();
        for (var i = 0; i < nonZero; i++)
        {
            weights[reader.ReadInt32()] = reader.ReadSingle();
        }

        return new MulticlassLinearModel(classes, dimension, weights, biases);
    }

    /// <summary>A gzip stream around <paramref name="stream"/> with a binary writer on it (dispose the writer to finish the file).</summary>
    /// <summary>How the text was featurized, in the order every model file stores it.</summary>
    public static void Write(BinaryWriter writer, FeatureOptions f)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(f);
        writer.Write(f.Bits);
        writer.Write(f.MinCharGram);
        writer.Write(f.MaxCharGram);
        writer.Write(f.WordWeight);
        writer.Write(f.PairWeight);
        writer.Write(f.CharWeight);
    }

    public static FeatureOptions ReadFeatures(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new FeatureOptions
        {
            Bits = reader.ReadInt32(),
            MinCharGram = reader.ReadInt32(),
            MaxCharGram = reader.ReadInt32(),
            WordWeight = reader.ReadSingle(),
            PairWeight = reader.ReadSingle(),
            CharWeight = reader.ReadSingle(),
        };
    }

    public static BinaryWriter Create(Stream stream) =>
        new(new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true), Encoding.UTF8, leaveOpen: false);

    /// <summary>A binary reader over a gzip-compressed model stream.</summary>
    public static BinaryReader Open(Stream stream) =>
        new(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true), Encoding.UTF8, leaveOpen: false);
}
