using System.Buffers.Binary;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using InteractionAnalytics.Core.Audio;
using InteractionAnalytics.Ingestion.Audio;

namespace InteractionAnalytics.Benchmarks.Audio;

/// <summary>
/// Audio analysed per second of CPU (target: at least 1,000× real time per core on 8 kHz stereo). The input is one
/// 60-second 8 kHz stereo call recording built in [GlobalSetup]: speech-like bursts (band-limited noise, 300–3,400 Hz,
/// "words" of 0.15–0.45 s at about −24 dBFS with 0.05–0.2 s pauses) in 11 turns alternating between the agent (left) and
/// the customer (right), one 0.8 s talk-over, one 4.3 s silence, the other party's echo at −30 dB and a −62 dBFS noise floor
/// on both channels, stored as PCM 16-bit (1.92 MB), G.711 mu-law or A-law (960 KB) with a plain fmt chunk (18 bytes and
/// a fact chunk for G.711, as telephony recorders write them). One operation is that whole recording analysed.
/// The <c>× real time</c> column is 60 s divided by the mean (so 1,000× real time is a mean of 60 ms).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class AudioAnalysisBenchmarks
{
    /// <summary>The recording's length: 60 seconds.</summary>
    public const double RecordingSeconds = 60;

    private const int SampleRate = 8000;
    private const int Channels = 2;

    // The script: (channel, start, end) in seconds; channel 0 is the agent, 1 the customer. Turn 6 starts 0.8 s before turn 5
    // ends (talk-over), and 31.5–35.8 is a silence longer than the 3 s silence threshold.
    private static readonly (int Channel, double Start, double End)[] Script =
    [
        (0, 0.6, 5.2), (1, 5.8, 9.9), (0, 10.5, 16.0), (1, 16.4, 21.0), (0, 21.6, 27.0), (1, 26.2, 31.5),
        (0, 35.8, 41.0), (1, 41.6, 45.2), (0, 45.8, 51.5), (1, 52.0, 55.5), (0, 56.0, 58.8),
    ];

    private readonly AudioFileAnalyzer _analyzer = new();
    private byte[] _wav = [];
    private short[] _decoded = [];
    private string _path = "";

    [Params(AudioEncoding.Pcm16, AudioEncoding.MuLaw, AudioEncoding.ALaw)]
    public AudioEncoding Encoding { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (samples, truth) = Speech();
        _wav = Wav(samples, Encoding);
        _path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"ia-audio-bench-{Encoding}-{Environment.ProcessId}.wav"));
        File.WriteAllBytes(_path, _wav);
        try
        {
            _decoded = Decode(_wav);
            Verify(FileAnalyzer(), truth);
            Verify(MemoryStreamChain(), truth);
            if (MeterOnly().LevelsDb[0].Length != (int)(RecordingSeconds / FrameEnergyMeter.DefaultFrameSeconds))
            {
                throw new InvalidOperationException("the meter did not measure 3,000 frames per channel");
            }
        }
        catch
        {
            // BenchmarkDotNet skips [GlobalCleanup] when setup fails.
            Cleanup();
            throw;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_path.Length > 0)
        {
            File.Delete(_path);
        }
    }

    /// <summary>
    /// As ingest measures each <c>audio/&lt;call_id&gt;.wav</c>: <see cref="AudioFileAnalyzer.Analyze"/> on the recording in a
    /// temporary file (in the page cache after setup): open, WAV header, decode, frame levels, voice activity per channel and
    /// the call's metrics.
    /// </summary>
    [Benchmark(Baseline = true)]
    public AudioActivityResult FileAnalyzer() => _analyzer.Analyze(_path);

    /// <summary>
    /// The same chain from memory, without the file system: <see cref="WavReader"/> over a <see cref="MemoryStream"/>, a buffer
    /// of <see cref="AudioFileAnalyzer.BufferSamples"/> samples into a <see cref="FrameEnergyMeter"/>, then
    /// <see cref="AudioActivityAnalyzer.Analyze"/> (voice activity per channel and the metrics), as AudioFileAnalyzer chains them.
    /// </summary>
    [Benchmark]
    public AudioActivityResult MemoryStreamChain()
    {
        using var reader = new WavReader(new MemoryStream(_wav, writable: false));
        var format = reader.Format;
        var meter = new FrameEnergyMeter(format.SampleRate, format.Channels);
        var buffer = new short[AudioFileAnalyzer.BufferSamples - (AudioFileAnalyzer.BufferSamples % format.Channels)];
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            meter.Add(buffer.AsSpan(0, read));
        }

        return AudioActivityAnalyzer.Analyze(format, meter.Complete());
    }

    /// <summary>Lower bound: the frame levels of the already-decoded samples (one <see cref="FrameEnergyMeter.Add"/> call), nothing else.</summary>
    [Benchmark]
    public FrameLevels MeterOnly()
    {
        var meter = new FrameEnergyMeter(SampleRate, Channels);
        meter.Add(_decoded);
        return meter.Complete();
    }

    /// <summary>The interleaved samples of the scripted call, and each channel's talk in seconds as scripted.</summary>
    private static (short[] Samples, double[] TalkSeconds) Speech()
    {
        var frames = (int)(RecordingSeconds * SampleRate);
        var speech = new double[Channels][];
        var talk = new double[Channels];
        var random = new Random(7);
        for (var c = 0; c < Channels; c++)
        {
            speech[c] = new double[frames];
            var voice = BandLimitedNoise(frames, random);
            foreach (var (channel, start, end) in Script.Where(t => t.Channel == c))
            {
                // Words of 0.15–0.45 s with 30 ms ramps, 0.05–0.2 s apart (below the detector's 0.3 s hangover, so a turn is one segment).
                var at = start;
                var last = start;
                while (at < end)
                {
                    var wordEnd = Math.Min(at + 0.15 + (0.3 * random.NextDouble()), end);
                    if (wordEnd - at < 0.1)
                    {
                        break;
                    }

                    var amplitude = 32768 * Math.Pow(10, (-24 + (4 * random.NextDouble()) - 2) / 20);
                    for (var f = (int)(at * SampleRate); f < (int)(wordEnd * SampleRate); f++)
                    {
                        var t = (double)f / SampleRate;
                        var ramp = Math.Min(1, Math.Min(t - at, wordEnd - t) / 0.03);
                        speech[c][f] = amplitude * ramp * voice[f];
                    }

                    last = wordEnd;
                    at = wordEnd + 0.05 + (0.15 * random.NextDouble());
                }

                talk[channel] += last - start;
            }
        }

        // Each channel: its party, the other party's echo 30 dB down, and uniform noise at −62 dBFS RMS (amplitude a has RMS a/√3).
        var noise = 32768 * Math.Pow(10, -62.0 / 20) * Math.Sqrt(3);
        var echo = Math.Pow(10, -30.0 / 20);
        var samples = new short[frames * Channels];
        for (var f = 0; f < frames; f++)
        {
            for (var c = 0; c < Channels; c++)
            {
                var value = speech[c][f] + (echo * speech[1 - c][f]) + (noise * ((2 * random.NextDouble()) - 1));
                samples[(f * Channels) + c] = (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
            }
        }

        return (samples, talk);
    }

    /// <summary>White noise through a 300–3,400 Hz band-pass (the difference of two one-pole low-passes), scaled to RMS 1.</summary>
    private static double[] BandLimitedNoise(int frames, Random random)
    {
        var high = 1 - Math.Exp(-2 * Math.PI * 3400 / SampleRate);
        var low = 1 - Math.Exp(-2 * Math.PI * 300 / SampleRate);
        var result = new double[frames];
        double a = 0, b = 0, power = 0;
        for (var i = 0; i < frames; i++)
        {
            var x = (2 * random.NextDouble()) - 1;
            a += high * (x - a);
            b += low * (x - b);
            result[i] = a - b;
            power += result[i] * result[i];
        }

        var scale = 1 / Math.Sqrt(power / frames);
        for (var i = 0; i < frames; i++)
        {
            result[i] *= scale;
        }

        return result;
    }

    /// <summary>A WAV file of the samples: a 16-byte fmt chunk for PCM; for G.711 an 18-byte one (cbSize 0) and a fact chunk.</summary>
    private static byte[] Wav(short[] samples, AudioEncoding encoding)
    {
        var pcm = encoding == AudioEncoding.Pcm16;
        var bits = pcm ? 16 : 8;
        var blockAlign = Channels * bits / 8;
        var data = new byte[samples.Length * bits / 8];
        for (var i = 0; i < samples.Length; i++)
        {
            switch (encoding)
            {
                case AudioEncoding.Pcm16:
                    BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(2 * i), samples[i]);
                    break;
                case AudioEncoding.MuLaw:
                    data[i] = G711.LinearToMuLaw(samples[i]);
                    break;
                case AudioEncoding.ALaw:
                    data[i] = G711.LinearToALaw(samples[i]);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "PCM 16-bit, mu-law or A-law");
            }
        }

        var fmt = new byte[pcm ? 16 : 18];
        BinaryPrimitives.WriteUInt16LittleEndian(fmt, (ushort)(encoding switch { AudioEncoding.MuLaw => 7, AudioEncoding.ALaw => 6, _ => 1 }));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(2), Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(4), SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), (uint)(SampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(14), (ushort)bits);

        using var stream = new MemoryStream();
        stream.Write("RIFF\0\0\0\0WAVE"u8);
        Chunk(stream, "fmt "u8, fmt);
        if (!pcm)
        {
            var fact = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(fact, (uint)(samples.Length / Channels));
            Chunk(stream, "fact"u8, fact);
        }

        Chunk(stream, "data"u8, data);
        var bytes = stream.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }

    private static void Chunk(MemoryStream stream, ReadOnlySpan<byte> id, byte[] body)
    {
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Length);
        stream.Write(id);
        stream.Write(size);
        stream.Write(body);
    }

    /// <summary>The samples as the reader decodes them (after G.711's quantization), for <see cref="MeterOnly"/>.</summary>
    private static short[] Decode(byte[] wav)
    {
        using var reader = new WavReader(new MemoryStream(wav, writable: false));
        var samples = new short[checked((int)reader.SampleFrameCount!.Value * reader.Format.Channels)];
        var at = 0;
        int read;
        while (at < samples.Length && (read = reader.Read(samples.AsSpan(at))) > 0)
        {
            at += read;
        }

        return at == samples.Length ? samples : throw new InvalidOperationException("the reader returned fewer samples than the header says");
    }

    /// <summary>Throws unless the analysis found the scripted call: stereo, both parties' talk within 5 %, every turn, the talk-over and the silence.</summary>
    private static void Verify(AudioActivityResult result, double[] talk)
    {
        var agentTurns = Script.Count(t => t.Channel == 0);
        var customerTurns = Script.Length - agentTurns;
        var problems = new List<string>();
        if (!result.IsStereo || result.Warnings.Count > 0)
        {
            problems.Add($"stereo {result.IsStereo}, warnings [{string.Join("; ", result.Warnings)}]");
        }

        if (Math.Abs((result.AgentTalkSeconds ?? 0) - talk[0]) > 0.05 * talk[0] || Math.Abs((result.CustomerTalkSeconds ?? 0) - talk[1]) > 0.05 * talk[1])
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"talk agent {result.AgentTalkSeconds:F2} s, customer {result.CustomerTalkSeconds:F2} s; scripted {talk[0]:F2} s and {talk[1]:F2} s"));
        }

        if (result.Channels.Count != 2 || result.Channels[0].Segments.Count != agentTurns || result.Channels[1].Segments.Count != customerTurns)
        {
            problems.Add($"segments per channel [{string.Join(", ", result.Channels.Select(c => c.Segments.Count))}]; scripted {agentTurns} and {customerTurns}");
        }

        if (result.TalkOverCount != 1 || result.SilenceCount != 1)
        {
            problems.Add($"talk-overs {result.TalkOverCount}, silences {result.SilenceCount}; scripted 1 and 1");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("the benchmark's recording was not analysed as scripted: " + string.Join("; ", problems));
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new CaseColumn("× real time", "Seconds of audio analysed per second of CPU: 60 s of audio / Mean",
                static (_, statistics) => statistics is null ? "NA" : (RecordingSeconds * 1e9 / statistics.Mean).ToString("N0", CultureInfo.InvariantCulture) + "×"));
        }
    }
}
