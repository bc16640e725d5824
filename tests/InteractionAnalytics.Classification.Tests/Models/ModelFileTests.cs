using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using InteractionAnalytics.Classification.Models;
using InteractionAnalytics.Core.Classification.Features;
using InteractionAnalytics.Core.Classification.Scoring;

namespace InteractionAnalytics.Classification.Tests.Models;

[Parallelizable(ParallelScope.All)]
public sealed partial class ModelFileTests
{
    private static readonly FeaturizerOptions IntentOptions = new() { BucketBits = 10 };

    private static readonly FeaturizerOptions RootCauseOptions =
        new() { BucketBits = 10, WordBigrams = false, CharNgramMin = 2, CharNgramMax = 4, WordWeight = 0.5f, CharNgramWeight = 0.125f };

    private const string AB = "[\"a\", \"b\"]";
    private const string XNone = "[\"x\", \"none\"]";
    private const string Featurizer10 = """{"BucketBits": 10}""";

    private static readonly Dictionary<string, string> Metadata = new(StringComparer.Ordinal)
    {
        ["seed"] = "42",
        ["data"] = "banking77+clinc150",
        ["note"] = "unicode: café ✓, quotes \" and \\ and newline\n",
        ["empty"] = "",
    };

    /// <summary>Intent [a, b, _no_reason], T 1.5: weights in buckets 0, 5, 6 and 1023 (the last); rows with zeros among them.</summary>
    private static LinearClassifierModel Intent()
    {
        var weights = new float[1024 * 3];
        weights[0] = 1.5f;
        weights[(5 * 3) + 1] = -2.25f;
        weights[(5 * 3) + 2] = 0f;
        weights[(6 * 3) + 0] = float.Epsilon;
        weights[(6 * 3) + 2] = 3.4e38f;
        weights[(1023 * 3) + 2] = 0.1f;
        return new LinearClassifierModel(["a", "b", ClassifierModels.NoReasonLabel], IntentOptions, weights, [0.25f, -0.5f, 1f], 1.5f);
    }

    /// <summary>Root cause [billing, none], T 1: 300 non-zero rows spread over the buckets (varint deltas above 127).</summary>
    private static LinearClassifierModel RootCause()
    {
        var weights = new float[1024 * 2];
        var random = new Random(11);
        for (var bucket = 0; bucket < 1024; bucket += 1 + random.Next(6))
        {
            weights[(bucket * 2) + random.Next(2)] = (float)(random.NextDouble() - 0.5);
        }

        weights[(200 * 2) + 1] = -7f;
        weights[(900 * 2) + 0] = 7f;
        return new LinearClassifierModel(["billing", "none"], RootCauseOptions, weights, [0f, 0.75f]);
    }

    private static (byte[] Bytes, string Version) Write(
        LinearClassifierModel? intent = null, LinearClassifierModel? rootCause = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var stream = new MemoryStream();
        var version = ModelFile.Write(stream, intent ?? Intent(), rootCause ?? RootCause(), metadata ?? Metadata);
        return (stream.ToArray(), version);
    }

    private static ClassifierModels Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return ModelFile.Read(stream);
    }

    private static void AssertSameModel(LinearClassifierModel actual, LinearClassifierModel expected)
    {
        Assert.That(actual.Labels, Is.EqualTo(expected.Labels));
        Assert.That(actual.Temperature, Is.EqualTo(expected.Temperature));
        Assert.That(actual.Featurizer, Is.EqualTo(expected.Featurizer));
        Assert.That(actual.BiasSpan.ToArray(), Is.EqualTo(expected.BiasSpan.ToArray()));
        for (var bucket = 0; bucket < expected.Featurizer.BucketCount; bucket++)
        {
            if (!actual.WeightsOf(bucket).SequenceEqual(expected.WeightsOf(bucket)))
            {
                Assert.Fail($"Bucket {bucket}: [{string.Join(", ", actual.WeightsOf(bucket).ToArray())}] "
                    + $"!= [{string.Join(", ", expected.WeightsOf(bucket).ToArray())}]");
            }
        }
    }

    /// <summary>A format-1 file whose body is <paramref name="header"/> (length-prefixed) then <paramref name="tail"/>.</summary>
    private static byte[] Crafted(string header, byte[] tail)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            var json = Encoding.UTF8.GetBytes(header);
            writer.Write(json.Length);
            writer.Write(json);
            writer.Write(tail);
        }

        using var file = new MemoryStream();
        file.Write("IAMODEL"u8);
        file.WriteByte(1);
        using (var deflate = new DeflateStream(file, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(body.ToArray());
        }

        return file.ToArray();
    }

    private static byte[] Floats(params float[] values) => [.. values.SelectMany(BitConverter.GetBytes)];

    private static string ModelHeader(
        string name, string labels, string featurizer, string temperature = "\"temperature\": 1,", int rows = 0) =>
        $$"""{"name": "{{name}}", "labels": {{labels}}, {{temperature}} "featurizer": {{featurizer}}, "rows": {{rows}}}""";

    private static string Header(params string[] models) => $$"""{"format": 1, "models": [{{string.Join(", ", models)}}]}""";

    [GeneratedRegex("^m-[0-9a-f]{12}$")]
    private static partial Regex VersionPattern();

    [Test]
    public void WriteThenRead_TwoModels_RoundTripsEveryField()
    {
        var intent = Intent();
        var rootCause = RootCause();
        var (bytes, version) = Write(intent, rootCause);

        var read = Read(bytes);

        using (Assert.EnterMultipleScope())
        {
            AssertSameModel(read.Intent, intent);
            AssertSameModel(read.RootCause, rootCause);
            Assert.That(read.Version, Is.EqualTo(version));
            Assert.That(read.Metadata, Is.EquivalentTo(Metadata));
        }
    }

    [Test]
    public void WriteThenRead_ReadModel_ScoresLikeTheOriginal()
    {
        var original = RootCause();
        var read = Read(Write(rootCause: original).Bytes).RootCause;
        var expected = new float[2];
        var actual = new float[2];

        new TextScorer(original).Score("i was charged twice for the same thing", expected);
        new TextScorer(read).Score("i was charged twice for the same thing", actual);

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Write_Twice_GivesIdenticalBytesAndVersion()
    {
        var first = Write();
        var second = Write();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Bytes, Is.EqualTo(first.Bytes));
            Assert.That(second.Version, Is.EqualTo(first.Version));
        }
    }

    [Test]
    public void Write_MetadataInAnotherInsertionOrder_GivesIdenticalBytes()
    {
        var reversed = Metadata.Reverse().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        Assert.That(Write(metadata: reversed).Bytes, Is.EqualTo(Write().Bytes));
    }

    [Test]
    public void Write_Version_IsMDashTwelveLowerHexDigits()
    {
        var (_, version) = Write();

        Assert.That(version, Does.Match(VersionPattern()));
    }

    [Test]
    public void Write_DifferentWeightsTemperatureOrMetadata_ChangesTheVersion()
    {
        var baseline = Write().Version;
        var hotter = Write(intent: Intent().WithTemperature(2f)).Version;
        var otherMetadata = Write(metadata: new Dictionary<string, string> { ["seed"] = "43" }).Version;
        var otherWeights = Write(rootCause: Intent()).Version;

        Assert.That(new[] { baseline, hotter, otherMetadata, otherWeights }, Is.Unique);
    }

    [Test]
    public void Write_Stream_StartsWithMagicAndFormatByte()
    {
        var (bytes, _) = Write();

        Assert.That(bytes[..8], Is.EqualTo("IAMODEL\u0001"u8.ToArray()));
    }

    [Test]
    public void Write_Path_RoundTripsAndLeavesNoTemporaryFile()
    {
        var directory = Directory.CreateTempSubdirectory("ia-modelfile-");
        try
        {
            var path = Path.Combine(directory.FullName, "test.iamodel");
            File.WriteAllText(path, "old content to replace");

            var version = ModelFile.Write(path, Intent(), RootCause(), Metadata);
            var read = ModelFile.Read(path);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(read.Version, Is.EqualTo(version));
                Assert.That(Directory.GetFiles(directory.FullName).Select(Path.GetFileName), Is.EqualTo(new[] { "test.iamodel" }));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Read_PathOfGarbage_MessageNamesThePath()
    {
        var directory = Directory.CreateTempSubdirectory("ia-modelfile-");
        try
        {
            var path = Path.Combine(directory.FullName, "broken.iamodel");
            File.WriteAllBytes(path, [1, 2, 3]);

            var exception = Assert.Throws<ModelFormatException>(() => ModelFile.Read(path));

            Assert.That(exception.Message, Does.StartWith(path + ": ").And.Contain("bad magic"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Write_EmptyMetadata_ReadsBackEmpty()
    {
        var read = Read(Write(metadata: new Dictionary<string, string>()).Bytes);

        Assert.That(read.Metadata, Is.Empty);
    }

    [Test]
    public void Read_AllZeroWeights_RoundTrips()
    {
        var zero = new LinearClassifierModel(["x", "none"], IntentOptions, new float[2048], [0f, 0f]);

        var read = Read(Write(rootCause: zero).Bytes);

        AssertSameModel(read.RootCause, zero);
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 1, 2, 3 })]
    [TestCase(new byte[] { 0x49, 0x41, 0x4D, 0x4F, 0x44, 0x45, 0x4C })]
    public void Read_TooShortOrGarbage_ThrowsBadMagic(byte[] bytes)
    {
        var exception = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.That(exception.Message, Is.EqualTo("not an InteractionAnalytics model file (bad magic)."));
    }

    [Test]
    public void Read_RandomBytes_ThrowsBadMagic()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);

        var exception = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.That(exception.Message, Does.Contain("bad magic"));
    }

    [Test]
    public void Read_WrongMagic_ThrowsBadMagic()
    {
        var (bytes, _) = Write();
        bytes[6] = (byte)'X';

        var exception = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.That(exception.Message, Does.Contain("bad magic"));
    }

    [TestCase((byte)0)]
    [TestCase((byte)2)]
    [TestCase((byte)255)]
    public void Read_UnsupportedFormatByte_ThrowsNamingTheFormat(byte format)
    {
        var (bytes, _) = Write();
        bytes[7] = format;

        var exception = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.That(exception.Message, Is.EqualTo($"model format {format} is not supported by this build (it reads format 1)."));
    }

    [TestCase(8)]
    [TestCase(9)]
    [TestCase(20)]
    [TestCase(0.5)]
    [TestCase(0.9)]
    public void Read_TruncatedBody_ThrowsDamaged(double keep)
    {
        var (bytes, _) = Write();
        var length = keep >= 1 ? (int)keep : (int)(bytes.Length * keep);

        var exception = Assert.Throws<ModelFormatException>(() => Read(bytes[..length]));

        Assert.That(exception.Message, Does.Contain("damaged"));
    }

    [Test]
    public void Read_AnyTruncation_ThrowsModelFormatExceptionOrReadsTheIntactModel()
    {
        // Deflate has no length or checksum: losing only the final end-of-stream bits can still decode the whole body,
        // and then the model read is exactly the one written. Any other cut must be reported as a ModelFormatException.
        var intent = Intent();
        var rootCause = RootCause();
        var (bytes, version) = Write(intent, rootCause);
        var intact = new List<int>();

        using (Assert.EnterMultipleScope())
        {
            for (var length = 0; length < bytes.Length; length += length < bytes.Length - 64 ? 7 : 1)
            {
                ClassifierModels read;
                try
                {
                    read = Read(bytes[..length]);
                }
                catch (ModelFormatException)
                {
                    continue;
                }

                intact.Add(length);
                Assert.That(read.Version, Is.EqualTo(version), $"cut to {length} bytes");
                AssertSameModel(read.Intent, intent);
                AssertSameModel(read.RootCause, rootCause);
            }

            Assert.That(intact, Has.All.GreaterThan(bytes.Length - 8));
        }
    }

    [Test]
    public void Read_CompressedGarbage_ThrowsDamaged()
    {
        var bytes = "IAMODEL\u0001"u8.ToArray().Concat(Enumerable.Repeat((byte)0xFF, 64)).ToArray();

        var exception = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.That(exception.Message, Does.Contain("damaged"));
    }

    [Test]
    public void Read_TrailingBytesAfterTheLastModel_ThrowsDamaged()
    {
        var header = Header(ModelHeader("intent", AB, Featurizer10), ModelHeader("root_cause", XNone, Featurizer10));

        var exception = Assert.Throws<ModelFormatException>(() => Read(Crafted(header, Floats(0, 0, 0, 0, 9))));

        Assert.That(exception.Message, Does.Contain("trailing bytes"));
    }

    [Test]
    public void Read_CraftedMinimalFile_ReadsWithDefaultsForMissingOptions()
    {
        // Featurizer options not in the file take their defaults; no metadata is an empty dictionary.
        var header = Header(ModelHeader("intent", AB, Featurizer10), ModelHeader("root_cause", XNone, Featurizer10, rows: 1));

        // root_cause: biases (1, 2) then one row: bucket delta varint 3 → bucket 3, weights (4, 5).
        var read = Read(Crafted(header, [.. Floats(0, 0, 1, 2), 3, .. Floats(4, 5)]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Metadata, Is.Empty);
            Assert.That(read.Intent.Featurizer, Is.EqualTo(new FeaturizerOptions { BucketBits = 10 }));
            Assert.That(read.RootCause.BiasSpan.ToArray(), Is.EqualTo(new[] { 1f, 2f }));
            Assert.That(read.RootCause.WeightsOf(3).ToArray(), Is.EqualTo(new[] { 4f, 5f }));
            Assert.That(read.RootCause.WeightsOf(2).ToArray(), Is.EqualTo(new[] { 0f, 0f }));
        }
    }

    [Test]
    public void Read_MissingRootCauseModel_ThrowsDamaged()
    {
        var header = Header(ModelHeader("intent", AB, Featurizer10));

        var exception = Assert.Throws<ModelFormatException>(() => Read(Crafted(header, Floats(0, 0))));

        Assert.That(exception.Message, Does.Contain("no root_cause model"));
    }

    [Test]
    public void Read_BucketOutOfRange_ThrowsDamaged()
    {
        var header = Header(ModelHeader("intent", AB, Featurizer10, rows: 1), ModelHeader("root_cause", XNone, Featurizer10));

        // Varint 1024 = 0x80 0x08: the first row lands on bucket 1024 of 1024.
        var bytes = Crafted(header, [.. Floats(0, 0), 0x80, 0x08, .. Floats(1, 1, 0, 0)]);

        var exception = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.That(exception.Message, Does.Contain("bucket 1024 out of range"));
    }

    [Test]
    public void Read_InvalidFeaturizerOptions_ThrowsDamaged()
    {
        const string invalid = """{"BucketBits": 10, "CharNgramMin": 5, "CharNgramMax": 4}""";
        var header = Header(ModelHeader("intent", AB, invalid), ModelHeader("root_cause", XNone, Featurizer10));

        var exception = Assert.Throws<ModelFormatException>(() => Read(Crafted(header, Floats(0, 0, 0, 0))));

        Assert.That(exception.Message, Does.Contain("damaged"));
    }

    [Test]
    public void Read_DuplicateLabels_ThrowsDamaged()
    {
        var header = Header(ModelHeader("intent", "[\"a\", \"a\"]", Featurizer10), ModelHeader("root_cause", XNone, Featurizer10));

        var exception = Assert.Throws<ModelFormatException>(() => Read(Crafted(header, Floats(0, 0, 0, 0))));

        Assert.That(exception.Message, Does.Contain("distinct"));
    }

    [Test]
    public void Read_MissingTemperature_ThrowsModelFormatException()
    {
        var header = Header(ModelHeader("intent", AB, Featurizer10, temperature: ""), ModelHeader("root_cause", XNone, Featurizer10));

        var exception = Assert.Throws<ModelFormatException>(() => Read(Crafted(header, Floats(0, 0, 0, 0))));

        Assert.That(exception.Message, Does.Contain("damaged"));
    }

    [Test]
    public void Read_NullLabel_ThrowsModelFormatException()
    {
        var header = Header(ModelHeader("intent", "[\"a\", null]", Featurizer10), ModelHeader("root_cause", XNone, Featurizer10));

        var exception = Assert.Throws<ModelFormatException>(() => Read(Crafted(header, Floats(0, 0, 0, 0))));

        Assert.That(exception.Message, Does.Contain("damaged"));
    }

    [Test]
    public void Read_BucketBits31_ThrowsModelFormatException()
    {
        var header = Header(ModelHeader("intent", AB, """{"BucketBits": 31}"""), ModelHeader("root_cause", XNone, Featurizer10));

        var exception = Assert.Throws<ModelFormatException>(() => Read(Crafted(header, Floats(0, 0, 0, 0))));

        Assert.That(exception.Message, Does.Contain("damaged"));
    }

    [Test]
    public void Read_HugeBucketDelta_ThrowsModelFormatException()
    {
        var header = Header(ModelHeader("intent", AB, Featurizer10, rows: 1), ModelHeader("root_cause", XNone, Featurizer10));

        // Varint 0xFFFFFFFF: (int) of it overflows in the reader's checked arithmetic.
        var exception = Assert.Throws<ModelFormatException>(() =>
            Read(Crafted(header, [.. Floats(0, 0), 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, .. Floats(1, 1, 0, 0)])));

        Assert.That(exception.Message, Does.Contain("damaged"));
    }
}
