using System.Buffers.Binary;
using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Ingestion.Audio;

namespace InteractionAnalytics.Ingestion.Tests.Audio;

public sealed class WavReaderTests
{
    private const string InstallFfmpeg = "is not read natively; install ffmpeg (Debian: apt-get install ffmpeg) to read it";

    private static readonly TestWav Stereo = new()
    {
        DurationSeconds = 0.5,
        Tones = [new(0, 0.1, 0.3), new(1, 0.2, 0.4, 660)],
    };

    private static short[] ReadAll(WavReader reader, int bufferSamples = 1000)
    {
        var all = new List<short>();
        var buffer = new short[bufferSamples];
        int n;
        while ((n = reader.Read(buffer)) > 0)
        {
            Assert.That(n % reader.Format.Channels, Is.Zero, "whole sample frames only");
            all.AddRange(buffer.AsSpan(0, n));
        }

        return [.. all];
    }

    private static AudioFormatException Rejected(byte[] bytes) =>
        Assert.Throws<AudioFormatException>(() => new WavReader(new MemoryStream(bytes)).Dispose())!;

    private static byte[] Fmt16(int channels = 1, int rate = 8000) => TestWav.Fmt(1, channels, rate, 2 * channels, 16);

    [TestCase(AudioEncoding.Pcm16, 8000, 2)]
    [TestCase(AudioEncoding.Pcm16, 16000, 1)]
    [TestCase(AudioEncoding.Pcm16, 48000, 2)]
    [TestCase(AudioEncoding.Pcm8, 8000, 2)]
    [TestCase(AudioEncoding.MuLaw, 8000, 2)]
    [TestCase(AudioEncoding.ALaw, 8000, 1)]
    [TestCase(AudioEncoding.MuLaw, 16000, 1)]
    public void Read_EachEncoding_FormatAndSamplesAsWritten(AudioEncoding encoding, int rate, int channels)
    {
        var wav = Stereo with { Encoding = encoding, SampleRate = rate, Channels = channels, Tones = [new(0, 0.1, 0.3), new(channels - 1, 0.2, 0.4, 660)] };

        using var reader = new WavReader(new MemoryStream(wav.ToBytes()));
        var samples = ReadAll(reader);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reader.Format.SampleRate, Is.EqualTo(rate));
            Assert.That(reader.Format.Channels, Is.EqualTo(channels));
            Assert.That(reader.Format.Encoding, Is.EqualTo(encoding));
            Assert.That(reader.FormatTag, Is.EqualTo(wav.FormatTag));
            Assert.That(reader.BitsPerSample, Is.EqualTo(wav.BitsPerSample));
            Assert.That(reader.SampleFrameCount, Is.EqualTo(rate / 2));
            Assert.That(samples, Is.EqualTo(wav.DecodedSamples()));
        }
    }

    [TestCase(AudioEncoding.Pcm16, "PCM 16-bit, WAVE_FORMAT_EXTENSIBLE")]
    [TestCase(AudioEncoding.Pcm8, "PCM 8-bit, WAVE_FORMAT_EXTENSIBLE")]
    [TestCase(AudioEncoding.MuLaw, "G.711 mu-law, WAVE_FORMAT_EXTENSIBLE")]
    [TestCase(AudioEncoding.ALaw, "G.711 A-law, WAVE_FORMAT_EXTENSIBLE")]
    public void Read_Extensible_SubformatDecides(AudioEncoding encoding, string codec)
    {
        var wav = Stereo with { Encoding = encoding, Extensible = true };

        using var reader = new WavReader(new MemoryStream(wav.ToBytes()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reader.FormatTag, Is.EqualTo(0xFFFE));
            Assert.That(reader.Format.Encoding, Is.EqualTo(encoding));
            Assert.That(reader.Format.Codec, Is.EqualTo(codec));
            Assert.That(ReadAll(reader), Is.EqualTo(wav.DecodedSamples()));
        }
    }

    [Test]
    public void Read_ExtraChunksAndOddSizes_SkippedWithPadding()
    {
        // A LIST before fmt, an odd-sized (7-byte, padded) chunk and a fact chunk between fmt and data, a LIST after data.
        var wav = Stereo with
        {
            ChunksBeforeFmt = [("LIST", TestWav.ListInfo("Lavf59"))],
            ChunksBeforeData = [("odd!", TestWav.Ascii("1234567")), ("fact", new byte[4]), ("bext", new byte[601])],
            ChunksAfterData = [("LIST", TestWav.ListInfo("after"))],
        };
        var bytes = wav.ToBytes();

        using var seekable = new WavReader(new MemoryStream(bytes));
        using var pipe = new WavReader(new NonSeekableStream(bytes, maxRead: 37));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ReadAll(seekable), Is.EqualTo(wav.Samples()));
            Assert.That(ReadAll(pipe, 6), Is.EqualTo(wav.Samples()));
        }
    }

    [Test]
    public void Read_OddDataSize_TrailingPartialSampleFrameIgnored()
    {
        var data = new byte[9]; // four 16-bit mono samples and a stray byte
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(6), -1234);

        using var reader = new WavReader(new MemoryStream(TestWav.Riff(("fmt ", Fmt16()), ("data", data)).Concat(new byte[4]).ToArray()));

        Assert.That(ReadAll(reader), Is.EqualTo(new short[] { 0, 0, 0, -1234 }));
    }

    [TestCase(0xFFFFFFFFu)]
    [TestCase(0u)]
    public void Read_LengthUnknownMode_ReadsToTheEnd(uint declared)
    {
        // As ffmpeg writes to a pipe: data size 0xFFFFFFFF (or 0), samples to the end of the stream, which here ends mid-frame.
        var samples = new byte[4 * 100 + 3];
        for (var i = 0; i < 100; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(samples.AsSpan(4 * i), (short)i);
            BinaryPrimitives.WriteInt16LittleEndian(samples.AsSpan((4 * i) + 2), (short)-i);
        }

        var bytes = TestWav.RiffWithSizes(("fmt ", 16, Fmt16(2)), ("LIST", 4, TestWav.Ascii("INFO")), ("data", declared, samples));
        using var reader = new WavReader(new NonSeekableStream(bytes[..^1]), lengthMayBeUnknown: true);

        var read = ReadAll(reader, 64);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reader.DataBytes, Is.Null);
            Assert.That(reader.SampleFrameCount, Is.Null);
            Assert.That(read, Has.Length.EqualTo(200));
            Assert.That(read[^2..], Is.EqualTo(new short[] { 99, -99 }));
        }
    }

    [Test]
    public void Constructor_TruncatedHeader_SaysHowLong()
    {
        var ex = Rejected(TestWav.Riff(("fmt ", Fmt16()))[..30]);

        Assert.That(ex.Message, Is.EqualTo("file is 30 bytes; a WAV header needs at least 44"));
    }

    [Test]
    public void Constructor_TruncatedHeaderOnAPipe_SaysWhereItEnded()
    {
        var ex = Assert.Throws<AudioFormatException>(() => _ = new WavReader(new NonSeekableStream(new byte[10])));

        Assert.That(ex.Message, Is.EqualTo("the stream ended after 10 bytes; a WAV header needs at least 44"));
    }

    [TestCase("ID3\u0003", "not a WAV file: it starts with '49443303' (an MP3 file) instead of 'RIFF'")]
    [TestCase("OggS", "not a WAV file: it starts with 'OggS' (an Ogg file) instead of 'RIFF'")]
    [TestCase("<htm", "not a WAV file: it starts with '<htm' instead of 'RIFF'")]
    public void Constructor_NotRiff_Rejected(string start, string expected)
    {
        var bytes = TestWav.Riff(("fmt ", Fmt16()), ("data", new byte[100]));
        TestWav.Ascii(start).CopyTo(bytes, 0);

        Assert.That(Rejected(bytes).Message, Is.EqualTo(expected));
    }

    [Test]
    public void Constructor_RiffButNotWave_Rejected()
    {
        var bytes = TestWav.Riff(("fmt ", Fmt16()), ("data", new byte[100]));
        TestWav.Ascii("AVI ").CopyTo(bytes, 8);

        Assert.That(Rejected(bytes).Message, Is.EqualTo("not a WAV file: a RIFF file of type 'AVI', not 'WAVE'"));
    }

    [TestCase("RF64", "RF64 (64-bit WAV)")]
    [TestCase("RIFX", "RIFX (big-endian WAV)")]
    public void Constructor_OtherWavFlavours_LeftToFfmpeg(string magic, string codec)
    {
        var bytes = TestWav.Riff(("fmt ", Fmt16()), ("data", new byte[100]));
        TestWav.Ascii(magic).CopyTo(bytes, 0);

        var ex = Rejected(bytes);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Is.EqualTo($"{codec} {InstallFfmpeg}"));
            Assert.That(ex.UnsupportedCodec, Is.EqualTo(codec));
        }
    }

    [Test]
    public void Constructor_NoFmtChunk_Rejected()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Rejected(TestWav.Riff(("LIST", new byte[30]), ("data", new byte[100]))).Message,
                Is.EqualTo("no fmt chunk before the data chunk: the format of the samples is unknown"));
            Assert.That(Rejected(TestWav.Riff(("LIST", new byte[30]), ("junk", new byte[30]))).Message,
                Is.EqualTo("no fmt chunk: the file ends without one (chunks found: LIST, junk)"));
        }
    }

    [Test]
    public void Constructor_NoDataChunk_Rejected()
    {
        var ex = Rejected(TestWav.Riff(("fmt ", Fmt16()), ("LIST", new byte[30])));

        Assert.That(ex.Message, Is.EqualTo("no data chunk: the file ends without one (chunks found: fmt, LIST)"));
    }

    [Test]
    public void Constructor_DataChunkLongerThanFile_HeaderLies()
    {
        var ex = Rejected(TestWav.RiffWithSizes(("fmt ", 16, Fmt16()), ("data", 480_000, new byte[12_000])));

        Assert.That(ex.Message, Is.EqualTo("data chunk says 480,000 bytes but only 12,000 remain; the file is truncated or its header lies"));
    }

    [Test]
    public void Constructor_OtherChunkLongerThanFile_HeaderLies()
    {
        var ex = Rejected(TestWav.RiffWithSizes(("fmt ", 16, Fmt16()), ("LIST", 5000, new byte[200])));

        Assert.That(ex.Message, Is.EqualTo("LIST chunk says 5,000 bytes but only 200 remain; the file is truncated or its header lies"));
    }

    [Test]
    public void Read_DataCutShortOnAPipe_Truncated()
    {
        var bytes = TestWav.RiffWithSizes(("fmt ", 16, Fmt16()), ("data", 480_000, new byte[12_000]));
        using var reader = new WavReader(new NonSeekableStream(bytes));

        var ex = Assert.Throws<AudioFormatException>(() => ReadAll(reader, 4096));

        Assert.That(ex.Message, Is.EqualTo("data chunk says 480,000 bytes but the stream ended after 12,000; the file is truncated or its header lies"));
    }

    [TestCase(0x0055, "format tag 0x0055 (MPEG Layer 3)")]
    [TestCase(0x0002, "format tag 0x0002 (MS ADPCM)")]
    [TestCase(0x0011, "format tag 0x0011 (IMA ADPCM)")]
    [TestCase(0x0031, "format tag 0x0031 (GSM 6.10)")]
    [TestCase(0x0003, "format tag 0x0003 (IEEE float)")]
    [TestCase(0x1234, "format tag 0x1234 (unknown codec)")]
    public void Constructor_CodecNotReadNatively_NamesItAndFfmpeg(int tag, string codec)
    {
        var ex = Rejected(TestWav.Riff(("fmt ", TestWav.Fmt(tag, 1, 8000, 256, 4)), ("data", new byte[512])));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Is.EqualTo($"{codec} {InstallFfmpeg}"));
            Assert.That(ex.UnsupportedCodec, Is.EqualTo(codec));
        }
    }

    [Test]
    public void Constructor_Pcm24_LeftToFfmpeg()
    {
        var ex = Rejected(TestWav.Riff(("fmt ", TestWav.Fmt(1, 2, 8000, 6, 24)), ("data", new byte[600])));

        Assert.That(ex.UnsupportedCodec, Is.EqualTo("format tag 0x0001 (PCM 24-bit)"));
    }

    [Test]
    public void Constructor_ExtensibleWithUnknownSubformat_LeftToFfmpeg()
    {
        var fmt = new byte[40];
        TestWav.Fmt(0xFFFE, 1, 8000, 2, 16).CopyTo(fmt, 0);
        new Guid("6dba3190-67bd-11cf-a0f7-0020afd156e4").TryWriteBytes(fmt.AsSpan(24));

        var ex = Rejected(TestWav.Riff(("fmt ", fmt), ("data", new byte[100])));

        Assert.That(ex.UnsupportedCodec, Is.EqualTo("WAVE_FORMAT_EXTENSIBLE subformat 6dba3190-67bd-11cf-a0f7-0020afd156e4"));
    }

    [Test]
    public void Constructor_EmptyDataChunk_NoSamples()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Rejected(TestWav.Riff(("fmt ", Fmt16()), ("data", []), ("LIST", new byte[30]))).Message,
                Does.StartWith("the data chunk holds no samples (its size is 0 bytes, though 38 bytes follow"));
            Assert.That(Rejected(TestWav.Riff(("fmt ", Fmt16()), ("LIST", new byte[30]), ("data", []))).Message,
                Is.EqualTo("the data chunk holds no samples"));
        }
    }

    [TestCase(96000, "sample rate 96,000 Hz is out of range; 8,000 to 48,000 Hz are read")]
    [TestCase(4000, "sample rate 4,000 Hz is out of range; 8,000 to 48,000 Hz are read")]
    public void Constructor_SampleRateOutOfRange_Rejected(int rate, string expected)
    {
        Assert.That(Rejected(TestWav.Riff(("fmt ", Fmt16(1, rate)), ("data", new byte[100]))).Message, Is.EqualTo(expected));
    }

    [TestCase(1, 12, 2, "bit depth 12 is out of range for PCM; 8 and 16 bits are read (24 and 32 through ffmpeg)")]
    [TestCase(7, 16, 2, "bit depth 16 is out of range for mu-law; G.711 has 8 bits per sample")]
    [TestCase(6, 4, 1, "bit depth 4 is out of range for A-law; G.711 has 8 bits per sample")]
    public void Constructor_BitDepthOutOfRange_Rejected(int tag, int bits, int blockAlign, string expected)
    {
        Assert.That(Rejected(TestWav.Riff(("fmt ", TestWav.Fmt(tag, 1, 8000, blockAlign, bits)), ("data", new byte[100]))).Message,
            Is.EqualTo(expected));
    }

    [Test]
    public void Constructor_BlockAlignInconsistent_Rejected()
    {
        var ex = Rejected(TestWav.Riff(("fmt ", TestWav.Fmt(1, 2, 8000, 3, 16)), ("data", new byte[100])));

        Assert.That(ex.Message, Is.EqualTo("block align 3 is inconsistent with 2 channels of 16 bits (expected 4)"));
    }

    [TestCase(0, "the fmt chunk says 0 channels")]
    [TestCase(9, "the fmt chunk says 9 channels; at most 8 are read, so the header is likely corrupt")]
    public void Constructor_ChannelCountOutOfRange_Rejected(int channels, string expected)
    {
        var ex = Rejected(TestWav.Riff(("fmt ", TestWav.Fmt(1, channels, 8000, 2 * channels, 16)), ("data", new byte[100])));

        Assert.That(ex.Message, Is.EqualTo(expected));
    }

    [Test]
    public void Constructor_FmtTooShort_Rejected()
    {
        var ex = Rejected(TestWav.Riff(("fmt ", new byte[14]), ("data", new byte[100])));

        Assert.That(ex.Message, Is.EqualTo("fmt chunk is 14 bytes; it needs at least 16"));
    }

    [Test]
    public void Constructor_Rejected_DisposesTheStreamUnlessLeftOpen()
    {
        var bytes = TestWav.Riff(("LIST", new byte[40]));
        var owned = new MemoryStream(bytes);
        var kept = new MemoryStream(bytes);

        Assert.Throws<AudioFormatException>(() => _ = new WavReader(owned));
        Assert.Throws<AudioFormatException>(() => _ = new WavReader(kept, leaveOpen: true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(owned.CanRead, Is.False);
            Assert.That(kept.CanRead, Is.True);
        }
    }

    [Test]
    public void Read_BufferSmallerThanOneFrame_Throws()
    {
        using var reader = new WavReader(new MemoryStream(Stereo.ToBytes()));

        Assert.That(() => reader.Read(new short[1]), Throws.ArgumentException);
    }
}
