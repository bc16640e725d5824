using InteractionAnalytics.Core.Audio;

namespace InteractionAnalytics.Ingestion.Audio;

/// <summary>
/// Measures one call recording (<c>audio/&lt;call_id&gt;.wav</c>): streams it through <see cref="WavReader"/>, or through
/// ffmpeg when its codec is not read natively, into a <see cref="FrameEnergyMeter"/> with one reusable buffer, then
/// analyzes the levels with <see cref="AudioActivityAnalyzer"/>. Memory stays at a few kilobytes plus one float per 20 ms
/// per channel, whatever the file's length. Thread-safe: each call reads its own file.
/// </summary>
public sealed class AudioFileAnalyzer
{
    /// <summary>Samples read at a time: 8,192 (16 KB), about half a second of 8 kHz stereo.</summary>
    public const int BufferSamples = 8192;

    private readonly FfmpegAudioDecoder _ffmpeg;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="ffmpeg">Decodes codecs not read natively; <see langword="null"/> for ffmpeg on PATH with the default timeout.</param>
    public AudioFileAnalyzer(FfmpegAudioDecoder? ffmpeg = null)
    {
        _ffmpeg = ffmpeg ?? new FfmpegAudioDecoder();
    }

    /// <summary>Measures the recording at <paramref name="path"/>.</summary>
    /// <param name="path">A .wav file (any case); symbolic links are not followed.</param>
    /// <param name="options">How to measure; <see langword="null"/> for <see cref="AudioActivityOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops reading between buffers.</param>
    /// <returns>The recording's metrics.</returns>
    /// <exception cref="AudioFormatException">
    /// The file is not a .wav file, is a symbolic link, or cannot be decoded; the message says why (docs/audio.md).
    /// </exception>
    /// <exception cref="IOException">The file cannot be read (missing, locked, a disk error).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AudioActivityResult Analyze(string path, AudioActivityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= AudioActivityOptions.Default;
        options.Validate();

        var file = new FileInfo(path);
        if (!file.Extension.Equals(".wav", StringComparison.OrdinalIgnoreCase))
        {
            throw new AudioFormatException(
                $"unsupported audio file type '{file.Extension}'; expected .wav (convert other formats with ffmpeg -i <file> <call_id>.wav)");
        }

        if (file.LinkTarget is not null)
        {
            throw new AudioFormatException("symbolic links are not followed");
        }

        string codec;
        try
        {
            var stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                BufferSize = 64 * 1024,
                Options = FileOptions.SequentialScan,
            });
            using var reader = new WavReader(stream);
            return Measure(reader, reader.Format, options, cancellationToken);
        }
        catch (AudioFormatException ex) when (ex.UnsupportedCodec is not null)
        {
            codec = ex.UnsupportedCodec;
        }

        return _ffmpeg.Decode(path, codec, reader =>
        {
            var format = reader.Format with { Encoding = AudioEncoding.ExternalDecoder, Codec = codec + ", decoded by ffmpeg" };
            return Measure(reader, format, options, cancellationToken);
        }, cancellationToken);
    }

    private static AudioActivityResult Measure(
        WavReader reader, AudioFormat format, AudioActivityOptions options, CancellationToken cancellationToken)
    {
        var meter = new FrameEnergyMeter(format.SampleRate, format.Channels, options.VoiceActivity.FrameSeconds);
        var buffer = new short[BufferSamples - (BufferSamples % format.Channels)];
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            meter.Add(buffer.AsSpan(0, read));
        }

        if (meter.SampleFrames == 0)
        {
            throw new AudioFormatException("the data chunk holds no samples");
        }

        return AudioActivityAnalyzer.Analyze(format, meter.Complete(), options);
    }
}
