using System.Buffers.Binary;
using InteractionAnalytics.Core.Audio;

namespace InteractionAnalytics.Ingestion.Tests.Audio;

/// <summary>
/// Writes WAV files for tests: tones at known times on known channels over faint noise, stored as PCM 8/16-bit, mu-law or
/// A-law, with a plain or WAVE_FORMAT_EXTENSIBLE fmt chunk and any extra chunks; plus raw chunk building for broken files.
/// </summary>
internal sealed record TestWav
{
    /// <summary>A tone on one channel from <see cref="Start"/> to <see cref="End"/> seconds, at <see cref="LevelDb"/> dBFS RMS.</summary>
    public sealed record Tone(int Channel, double Start, double End, double FrequencyHz = 440, double LevelDb = -12);

    public int SampleRate { get; init; } = 8000;

    public int Channels { get; init; } = 2;

    public AudioEncoding Encoding { get; init; } = AudioEncoding.Pcm16;

    public double DurationSeconds { get; init; } = 4;

    public IReadOnlyList<Tone> Tones { get; init; } = [];

    /// <summary>The RMS level of the background noise on every channel, in dBFS; default −65 (a quiet phone line).</summary>
    public double NoiseDb { get; init; } = -65;

    public bool Extensible { get; init; }

    /// <summary>Chunks written between the RIFF header and the fmt chunk.</summary>
    public IReadOnlyList<(string Id, byte[] Body)> ChunksBeforeFmt { get; init; } = [];

    /// <summary>Chunks written between the fmt and the data chunk.</summary>
    public IReadOnlyList<(string Id, byte[] Body)> ChunksBeforeData { get; init; } = [];

    /// <summary>Chunks written after the data chunk.</summary>
    public IReadOnlyList<(string Id, byte[] Body)> ChunksAfterData { get; init; } = [];

    /// <summary>The interleaved 16-bit samples, before encoding.</summary>
    public short[] Samples()
    {
        var frames = (int)Math.Round(DurationSeconds * SampleRate);
        var samples = new double[frames * Channels];

        // Uniform noise in [−a, a] has RMS a/√3; a fixed seed keeps every run the same.
        var noise = new Random(17);
        var noiseAmplitude = 32768 * Math.Pow(10, NoiseDb / 20) * Math.Sqrt(3);
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = noiseAmplitude * ((2 * noise.NextDouble()) - 1);
        }

        foreach (var tone in Tones)
        {
            // A sine's RMS is its amplitude / √2.
            var amplitude = 32768 * Math.Pow(10, tone.LevelDb / 20) * Math.Sqrt(2);
            var from = (int)Math.Round(tone.Start * SampleRate);
            var to = Math.Min(frames, (int)Math.Round(tone.End * SampleRate));
            for (var f = from; f < to; f++)
            {
                samples[(f * Channels) + tone.Channel] += amplitude * Math.Sin(2 * Math.PI * tone.FrequencyHz * f / SampleRate);
            }
        }

        return [.. samples.Select(s => (short)Math.Clamp(Math.Round(s), short.MinValue, short.MaxValue))];
    }

    /// <summary>What <see cref="Samples"/> become after storing and decoding (8-bit and G.711 lose precision).</summary>
    public short[] DecodedSamples() => [.. Samples().Select(s => Encoding switch
    {
        AudioEncoding.Pcm8 => (short)(((Pcm8(s)) - 128) << 8),
        AudioEncoding.MuLaw => G711.MuLawToLinear(G711.LinearToMuLaw(s)),
        AudioEncoding.ALaw => G711.ALawToLinear(G711.LinearToALaw(s)),
        _ => s,
    })];

    public int BitsPerSample => Encoding == AudioEncoding.Pcm16 ? 16 : 8;

    public int FormatTag => Encoding switch
    {
        AudioEncoding.MuLaw => 7,
        AudioEncoding.ALaw => 6,
        _ => 1,
    };

    public byte[] ToBytes()
    {
        var chunks = new List<(string, byte[])>(ChunksBeforeFmt) { ("fmt ", FmtBody()) };
        chunks.AddRange(ChunksBeforeData);
        chunks.Add(("data", Data()));
        chunks.AddRange(ChunksAfterData);
        return Riff([.. chunks]);
    }

    public void WriteTo(string path) => File.WriteAllBytes(path, ToBytes());

    /// <summary>The stored sample bytes.</summary>
    public byte[] Data()
    {
        var samples = Samples();
        if (Encoding == AudioEncoding.Pcm16)
        {
            var bytes = new byte[samples.Length * 2];
            for (var i = 0; i < samples.Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), samples[i]);
            }

            return bytes;
        }

        return [.. samples.Select(s => Encoding switch
        {
            AudioEncoding.Pcm8 => Pcm8(s),
            AudioEncoding.MuLaw => G711.LinearToMuLaw(s),
            _ => G711.LinearToALaw(s),
        })];
    }

    private byte[] FmtBody()
    {
        var blockAlign = Channels * BitsPerSample / 8;
        if (!Extensible)
        {
            return Fmt(FormatTag, Channels, SampleRate, blockAlign, BitsPerSample);
        }

        var body = new byte[40];
        Fmt(0xFFFE, Channels, SampleRate, blockAlign, BitsPerSample).CopyTo(body, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(16), 22); // cbSize
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(18), (ushort)BitsPerSample); // valid bits
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(20), Channels == 2 ? 3u : 4u); // front left + right, or centre
        SubFormat(FormatTag).CopyTo(body, 24);
        return body;
    }

    /// <summary>A KSDATAFORMAT_SUBTYPE GUID's bytes for a format tag: tag-0000-0010-8000-00aa00389b71.</summary>
    public static byte[] SubFormat(int tag)
    {
        var guid = new byte[] { 0, 0, 0, 0, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71 };
        BinaryPrimitives.WriteUInt16LittleEndian(guid, (ushort)tag);
        return guid;
    }

    /// <summary>A 16-byte fmt chunk body.</summary>
    public static byte[] Fmt(int tag, int channels, int sampleRate, int blockAlign, int bits)
    {
        var body = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(body, (ushort)tag);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(4), (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(8), (uint)(sampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(12), (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(14), (ushort)bits);
        return body;
    }

    /// <summary>A RIFF/WAVE file of <paramref name="chunks"/>, each with its true size and a pad byte when the size is odd.</summary>
    public static byte[] Riff(params (string Id, byte[] Body)[] chunks) =>
        RiffWithSizes([.. chunks.Select(c => (c.Id, (uint)c.Body.Length, c.Body))]);

    /// <summary>A RIFF/WAVE file whose chunks declare the given sizes, true or not; pad bytes follow odd-sized bodies.</summary>
    public static byte[] RiffWithSizes(params (string Id, uint DeclaredSize, byte[] Body)[] chunks)
    {
        using var stream = new MemoryStream();
        stream.Write("RIFF"u8);
        stream.Write(new byte[4]);
        stream.Write("WAVE"u8);
        Span<byte> size = stackalloc byte[4];
        foreach (var (id, declared, body) in chunks)
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(id));
            BinaryPrimitives.WriteUInt32LittleEndian(size, declared);
            stream.Write(size);
            stream.Write(body);
            if (body.Length % 2 == 1)
            {
                stream.WriteByte(0);
            }
        }

        var bytes = stream.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }

    /// <summary>A LIST/INFO chunk body naming the software, as many tools write.</summary>
    public static byte[] ListInfo(string software)
    {
        var text = System.Text.Encoding.ASCII.GetBytes(software + "\0");
        var body = new List<byte>();
        body.AddRange("INFOISFT"u8.ToArray());
        body.AddRange(BitConverter.GetBytes(text.Length));
        body.AddRange(text);
        if (text.Length % 2 == 1)
        {
            body.Add(0);
        }

        return [.. body];
    }

    private static byte Pcm8(short sample) => (byte)((sample >> 8) + 128);

    /// <summary>Text as bytes, for chunk bodies.</summary>
    public static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
}
