using System.Globalization;

namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// Measures the RMS level of each channel in fixed frames (default 20 ms) as 16-bit samples stream through it, without
/// holding the samples: memory grows only by one float per frame per channel (about 700 KB for an hour of stereo).
/// Not thread-safe: one meter per recording.
/// </summary>
/// <remarks>
/// Feed it interleaved samples with <see cref="Add"/> (any number of calls, any whole number of sample frames each; a frame
/// can span calls), then call <see cref="Complete"/>. A trailing partial frame counts when it holds at least half a frame,
/// and its level is the RMS of the samples it has; a shorter one is dropped (too little to measure, and at most 10 ms).
/// The level is 20·log10(RMS / 32,768) dBFS, so a full-scale square wave is 0 dBFS and a full-scale sine −3.01 dBFS; a frame
/// of zeros, and anything quieter than <see cref="FloorDb"/>, is <see cref="FloorDb"/>.
/// </remarks>
public sealed class FrameEnergyMeter
{
    /// <summary>The default frame length: 0.020 seconds (20 ms), the usual speech-analysis frame.</summary>
    public const double DefaultFrameSeconds = 0.020;

    /// <summary>The level of digital silence and the lowest level reported: −100 dBFS (below 16-bit quantization noise).</summary>
    public const float FloorDb = -100f;

    // 32,768² : the square of full scale, so sum / (n · FullScaleSquared) is the mean power relative to full scale.
    private const double FullScaleSquared = 32768.0 * 32768.0;

    private readonly int _channels;
    private readonly int _frameSamples;
    private readonly long[] _sums;
    private readonly List<float>[] _levels;
    private int _inFrame;
    private long _sampleFrames;
    private FrameLevels? _completed;

    /// <summary>Creates a meter.</summary>
    /// <param name="sampleRate">Samples per second per channel, in Hz; greater than 0.</param>
    /// <param name="channels">The number of interleaved channels, 1 or more.</param>
    /// <param name="frameSeconds">
    /// The frame length in seconds, greater than 0 and at most 1; default <see cref="DefaultFrameSeconds"/>. It is rounded
    /// to a whole number of samples (at least 1); <see cref="FrameSeconds"/> is the length used.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public FrameEnergyMeter(int sampleRate, int channels, double frameSeconds = DefaultFrameSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        if (!double.IsFinite(frameSeconds) || frameSeconds <= 0 || frameSeconds > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(frameSeconds), frameSeconds, "The frame must last more than 0 and at most 1 second.");
        }

        SampleRate = sampleRate;
        _channels = channels;
        _frameSamples = Math.Max(1, (int)Math.Round(frameSeconds * sampleRate));
        _sums = new long[channels];
        _levels = new List<float>[channels];
        for (var c = 0; c < channels; c++)
        {
            _levels[c] = [];
        }
    }

    /// <summary>Samples per second per channel, in Hz.</summary>
    public int SampleRate { get; }

    /// <summary>The number of interleaved channels.</summary>
    public int Channels => _channels;

    /// <summary>Samples per channel in one frame.</summary>
    public int FrameSamples => _frameSamples;

    /// <summary>The frame length actually used, in seconds: <see cref="FrameSamples"/> / <see cref="SampleRate"/>.</summary>
    public double FrameSeconds => (double)_frameSamples / SampleRate;

    /// <summary>Sample frames (one sample per channel) added so far.</summary>
    public long SampleFrames => _sampleFrames;

    /// <summary>Adds interleaved samples (channel 0, channel 1, …, channel 0, …).</summary>
    /// <param name="interleaved">Whole sample frames: the length must be a multiple of <see cref="Channels"/>.</param>
    /// <exception cref="ArgumentException">The length is not a multiple of <see cref="Channels"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Complete"/> was already called.</exception>
    public void Add(ReadOnlySpan<short> interleaved)
    {
        if (_completed is not null)
        {
            throw new InvalidOperationException("The meter is complete; create a new one for the next recording.");
        }

        if (interleaved.Length % _channels != 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{interleaved.Length} samples is not a whole number of {_channels}-channel sample frames."),
                nameof(interleaved));
        }

        while (!interleaved.IsEmpty)
        {
            var take = Math.Min(_frameSamples - _inFrame, interleaved.Length / _channels);
            var chunk = interleaved[..(take * _channels)];
            Accumulate(chunk);
            _inFrame += take;
            _sampleFrames += take;
            interleaved = interleaved[chunk.Length..];
            if (_inFrame == _frameSamples)
            {
                EndFrame();
            }
        }
    }

    /// <summary>
    /// Ends the recording: measures the trailing partial frame if it holds at least half a frame, and returns every level.
    /// Calling it again returns the same result.
    /// </summary>
    public FrameLevels Complete()
    {
        if (_completed is null)
        {
            if (_inFrame > 0 && 2 * _inFrame >= _frameSamples)
            {
                EndFrame();
            }

            var levels = new float[_channels][];
            for (var c = 0; c < _channels; c++)
            {
                levels[c] = [.. _levels[c]];
            }

            _completed = new FrameLevels(SampleRate, FrameSeconds, _sampleFrames, levels);
        }

        return _completed;
    }

    /// <summary>Adds the squares of a chunk that lies within one frame to the running sums.</summary>
    private void Accumulate(ReadOnlySpan<short> chunk)
    {
        // A square is at most 32,768² (fits an int); a frame of 1 s at 48 kHz sums to at most 5.2·10¹³ (fits a long).
        unchecked
        {
            if (_channels == 1)
            {
                long sum = 0;
                foreach (int s in chunk)
                {
                    sum += s * s;
                }

                _sums[0] += sum;
            }
            else if (_channels == 2)
            {
                long left = 0, right = 0;
                for (var i = 0; i + 1 < chunk.Length; i += 2)
                {
                    int l = chunk[i], r = chunk[i + 1];
                    left += l * l;
                    right += r * r;
                }

                _sums[0] += left;
                _sums[1] += right;
            }
            else
            {
                for (var c = 0; c < _channels; c++)
                {
                    long sum = 0;
                    for (var i = c; i < chunk.Length; i += _channels)
                    {
                        int s = chunk[i];
                        sum += s * s;
                    }

                    _sums[c] += sum;
                }
            }
        }
    }

    private void EndFrame()
    {
        for (var c = 0; c < _channels; c++)
        {
            _levels[c].Add(ToDb(_sums[c], _inFrame));
            _sums[c] = 0;
        }

        _inFrame = 0;
    }

    private static float ToDb(long sumOfSquares, int samples)
    {
        if (sumOfSquares == 0)
        {
            return FloorDb;
        }

        var db = 10 * Math.Log10(sumOfSquares / (samples * FullScaleSquared));
        return (float)Math.Max(db, FloorDb);
    }
}
