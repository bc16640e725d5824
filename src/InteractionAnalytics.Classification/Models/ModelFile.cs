using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Core.Classification.Scoring;

namespace InteractionAnalytics.Classification.Models;

/// <summary>
/// Reads and writes <c>.iamodel</c> files: the 8-byte magic "IAMODEL" + format byte 1, then a Deflate stream of a
/// length-prefixed JSON header (metadata; per model: name, labels, temperature, featurizer options, row count) and, per
/// model, its biases and the rows of non-zero weights (bucket as a delta varint, then one float32 per class,
/// little-endian). Writing the same models gives the same bytes, so a retrained default model can be compared
/// byte for byte. The version is a hash of the uncompressed body.
/// </summary>
public static class ModelFile
{
    private static readonly byte[] Magic = "IAMODEL"u8.ToArray();
    private const byte FormatVersion = 1;

    /// <summary>Writes <paramref name="intent"/> and <paramref name="rootCause"/> with <paramref name="metadata"/>; returns the version.</summary>
    public static string Write(
        Stream destination, LinearClassifierModel intent, LinearClassifierModel rootCause, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(rootCause);
        ArgumentNullException.ThrowIfNull(metadata);
        var body = Body([("intent", intent), ("root_cause", rootCause)], metadata);
        destination.Write(Magic);
        destination.WriteByte(FormatVersion);
        using (var deflate = new DeflateStream(destination, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(body);
        }

        return VersionOf(body);
    }

    /// <summary>Writes a model file to <paramref name="path"/> (replacing it); returns the version.</summary>
    public static string Write(string path, LinearClassifierModel intent, LinearClassifierModel rootCause, IReadOnlyDictionary<string, string> metadata)
    {
        var temporary = path + ".tmp";
        string version;
        using (var stream = File.Create(temporary))
        {
            version = Write(stream, intent, rootCause, metadata);
        }

        File.Move(temporary, path, overwrite: true);
        return version;
    }

    /// <summary>Reads a model file from <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is not a readable model file.</exception>
    public static ClassifierModels Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return Read(stream);
        }
        catch (ModelFormatException e)
        {
            throw new ModelFormatException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="ModelFormatException">The stream is not a readable model file.</exception>
    public static ClassifierModels Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Span<byte> head = stackalloc byte[Magic.Length + 1];
        if (source.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) != head.Length || !head[..Magic.Length].SequenceEqual(Magic))
        {
            throw new ModelFormatException("not an InteractionAnalytics model file (bad magic).");
        }

        if (head[^1] != FormatVersion)
        {
            throw new ModelFormatException($"model format {head[^1]} is not supported by this build (it reads format {FormatVersion}).");
        }

        byte[] body;
        try
        {
            using var deflate = new DeflateStream(source, CompressionMode.Decompress, leaveOpen: true);
            using var buffer = new MemoryStream();
            deflate.CopyTo(buffer);
            body = buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new ModelFormatException("the model file is damaged (compressed data is invalid).", e);
        }

        try
        {
            return Parse(body);
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new ModelFormatException($"the model file is damaged ({e.Message}).", e);
        }
    }

    private static ClassifierModels Parse(byte[] body)
    {
        using var reader = new BinaryReader(new MemoryStream(body));
        var headerLength = reader.ReadInt32();
        var header = JsonNode.Parse(reader.ReadBytes(headerLength))?.AsObject() ?? throw new FormatException("empty header");
        var metadata = header["metadata"]?.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "", StringComparer.Ordinal)
            ?? [];
        var models = new Dictionary<string, LinearClassifierModel>(StringComparer.Ordinal);
        foreach (var node in header["models"]?.AsArray() ?? throw new FormatException("no models"))
        {
            var name = Required(node, "name").GetValue<string>();
            var labels = Required(node, "labels").AsArray().Select(l => (l ?? throw new FormatException("a label is null")).GetValue<string>()).ToArray();
            var temperature = Required(node, "temperature").GetValue<float>();
            var featurizer = Required(node, "featurizer").Deserialize<FeaturizerOptions>() ?? throw new FormatException("no featurizer");
            featurizer.Validate();
            var rows = Required(node, "rows").GetValue<int>();
            var classes = labels.Length;
            var biases = ReadFloats(reader, classes);
            var weights = new float[(long)featurizer.BucketCount * classes];
            var bucket = -1;
            for (var r = 0; r < rows; r++)
            {
                var next = bucket + (long)ReadVarint(reader) + 1;
                if (next >= featurizer.BucketCount)
                {
                    throw new FormatException($"bucket {next} out of range");
                }

                bucket = (int)next;

                for (var c = 0; c < classes; c++)
                {
                    weights[(bucket * classes) + c] = reader.ReadSingle();
                }
            }

            models[name] = new LinearClassifierModel(labels, featurizer, weights, biases, temperature);
        }

        if (reader.BaseStream.Position != body.Length)
        {
            throw new FormatException("trailing bytes after the last model");
        }

        return new ClassifierModels(
            models.GetValueOrDefault("intent") ?? throw new FormatException("no intent model"),
            models.GetValueOrDefault("root_cause") ?? throw new FormatException("no root_cause model"),
            VersionOf(body),
            metadata);
    }

    private static JsonNode Required(JsonNode? node, string name) =>
        (node ?? throw new FormatException("a model entry is null"))[name] ?? throw new FormatException($"a model has no '{name}'");

    private static byte[] Body(IReadOnlyList<(string Name, LinearClassifierModel Model)> models, IReadOnlyDictionary<string, string> metadata)
    {
        var header = new JsonObject
        {
            ["format"] = FormatVersion,
            ["metadata"] = new JsonObject(metadata.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
        };
        var modelNodes = new JsonArray();
        header["models"] = modelNodes;
        var rowsOf = models.Select(m => NonZeroRows(m.Model).ToList()).ToList();
        for (var i = 0; i < models.Count; i++)
        {
            var (name, model) = models[i];
            modelNodes.Add(new JsonObject
            {
                ["name"] = name,
                ["labels"] = new JsonArray([.. model.Labels.Select(l => (JsonNode?)JsonValue.Create(l))]),
                ["temperature"] = model.Temperature,
                ["featurizer"] = JsonSerializer.SerializeToNode(model.Featurizer),
                ["rows"] = rowsOf[i].Count,
            });
        }

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header);
            writer.Write(headerBytes.Length);
            writer.Write(headerBytes);
            for (var i = 0; i < models.Count; i++)
            {
                var model = models[i].Model;
                foreach (var bias in model.BiasSpan)
                {
                    writer.Write(bias);
                }

                var previous = -1;
                foreach (var bucket in rowsOf[i])
                {
                    WriteVarint(writer, (uint)(bucket - previous - 1));
                    foreach (var weight in model.WeightsOf(bucket))
                    {
                        writer.Write(weight);
                    }

                    previous = bucket;
                }
            }
        }

        return buffer.ToArray();
    }

    private static IEnumerable<int> NonZeroRows(LinearClassifierModel model)
    {
        for (var bucket = 0; bucket < model.Featurizer.BucketCount; bucket++)
        {
            foreach (var weight in model.WeightsOf(bucket))
            {
                if (weight != 0f)
                {
                    yield return bucket;
                    break;
                }
            }
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }

    private static void WriteVarint(BinaryWriter writer, uint value)
    {
        while (value >= 0x80)
        {
            writer.Write(unchecked((byte)(value | 0x80)));
            value >>= 7;
        }

        writer.Write((byte)value);
    }

    private static uint ReadVarint(BinaryReader reader)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = reader.ReadByte();
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new FormatException("varint too long");
    }

    private static string VersionOf(byte[] body) => "m-" + Convert.ToHexStringLower(SHA256.HashData(body))[..12];
}
