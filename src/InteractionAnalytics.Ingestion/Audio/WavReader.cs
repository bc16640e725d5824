using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using InteractionAnalytics.Core.Audio;

namespace InteractionAnalytics.Ingestion.Audio;

/// <summary>
/// Reads a RIFF/WAVE stream as 16-bit samples, a buffer at a time: it never holds the whole file, so an hour-long call
/// costs a few kilobytes. Reads PCM (8-bit unsigned, 16-bit signed), G.711 A-law and mu-law, plain or as
/// WAVE_FORMAT_EXTENSIBLE, 1 to <see cref="MaximumChannels"/> channels at <see cref="MinimumSampleRate"/> to
/// <see cref="MaximumSampleRate"/> Hz. Not thread-safe. The formats and every rejection are in docs/audio.md.
/// </summary>
/// <remarks>
/// <para>
/// The constructor reads the header: the RIFF/WAVE signature, then chunk after chunk up to the data chunk, skipping chunks
/// it does not need (LIST, fact, bext, cue, …, with their pad byte when the size is odd). The RIFF size field is ignored (many
/// writers get it wrong); chunk sizes are checked against what the stream holds. A problem throws
/// <see cref="AudioFormatException"/>; a well-formed file whose codec is not read natively throws one with
/// <see cref="AudioFormatException.UnsupportedCodec"/> set, so the caller can hand it to ffmpeg.
/// </para>
/// <para>
/// In length-unknown mode (for ffmpeg's output on a pipe), a data chunk whose size is 0 or 0xFFFFFFFF is read to the end of
/// the stream, as are the samples of any data chunk, and a partial sample frame at the end is dropped.
/// </para>
/// </remarks>
public sealed class WavReader : IDisposable
{
    /// <summary>The smallest WAV file: a 12-byte RIFF header, a 24-byte fmt chunk and an 8-byte data chunk header.</summary>
    public const int MinimumHeaderBytes = 44;

    /// <summary>The lowest sample rate read, in Hz: 8,000, narrowband telephony.</summary>
    public const int MinimumSampleRate = 8_000;

    /// <summary>The highest sample rate read, in Hz: 48,000; call recordings never need more.</summary>
    public const int MaximumSampleRate = 48_000;

    /// <summary>
    /// The most channels read: 8. Call recordings have 1 or 2; more (a conference bridge) are read and the analyzer uses the
    /// first two, while a header claiming dozens is corrupt.
    /// </summary>
    public const int MaximumChannels = 8;

    // A fmt chunk is 16 to 40 bytes; one claiming more than this is corrupt, and reading it whole would be wasteful.
    private const int MaximumFmtBytes = 4096;

    // The 14 bytes that follow the format tag in every KSDATAFORMAT_SUBTYPE GUID (xxxxxxxx-0000-0010-8000-00aa00389b71).
    private static readonly byte[] SubtypeGuidTail = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly int _blockAlign;
    private readonly int _channels;
    private long _remaining;
    private long _position;
    private long _dataRead;
    private byte[] _buffer = [];
    private bool _ended;
    private bool _disposed;

    /// <summary>Reads the header of a WAV stream, leaving it at the first sample.</summary>
    /// <param name="stream">The stream, positioned at the start of the file; seekable streams are checked more thoroughly.</param>
    /// <param name="lengthMayBeUnknown">
    /// Read the data chunk to the end of the stream when its size is 0 or 0xFFFFFFFF, as ffmpeg writes on a pipe; default
    /// <see langword="false"/>, where such a size is an empty or lying data chunk.
    /// </param>
    /// <param name="leaveOpen">Leave <paramref name="stream"/> open when the reader is disposed (or its constructor throws).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="AudioFormatException">The header is not a WAV header this reader can read; the message says why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public WavReader(Stream stream, bool lengthMayBeUnknown = false, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        try
        {
            (Format, FormatTag, BitsPerSample, _blockAlign, DataBytes) = ReadHeader(lengthMayBeUnknown);
        }
        catch
        {
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            throw;
        }

        _channels = Format.Channels;
        _remaining = DataBytes ?? -1;
    }

    /// <summary>The format: sample rate, channels, encoding and codec name.</summary>
    public AudioFormat Format { get; }

    /// <summary>The fmt chunk's format tag: 1 (PCM), 6 (A-law), 7 (mu-law) or 0xFFFE (WAVE_FORMAT_EXTENSIBLE).</summary>
    public int FormatTag { get; }

    /// <summary>Bits per stored sample: 8 or 16.</summary>
    public int BitsPerSample { get; }

    /// <summary>The data chunk's size in bytes; <see langword="null"/> when it is read to the end of the stream.</summary>
    public long? DataBytes { get; }

    /// <summary>How many sample frames (one sample per channel) the data chunk holds; <see langword="null"/> when its size is unknown.</summary>
    public long? SampleFrameCount => DataBytes / _blockAlign;

    /// <summary>
    /// Reads the next samples, decoded to 16-bit linear and interleaved (channel 0, channel 1, …), as many whole sample frames
    /// as fit in <paramref name="interleaved"/> or remain.
    /// </summary>
    /// <param name="interleaved">Where to put the samples; room for at least one sample frame (<see cref="AudioFormat.Channels"/> samples).</param>
    /// <returns>The number of samples written, a multiple of the channel count; 0 at the end of the data.</returns>
    /// <exception cref="ArgumentException"><paramref name="interleaved"/> cannot hold one sample frame.</exception>
    /// <exception cref="AudioFormatException">The stream ends before the data chunk's declared size.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    public int Read(Span<short> interleaved)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var frames = interleaved.Length / _channels;
        if (frames == 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The buffer must hold at least one sample frame ({_channels} samples)."),
                nameof(interleaved));
        }

        if (_ended)
        {
            return 0;
        }

        var wanted = (long)frames * _blockAlign;
        if (_remaining >= 0)
        {
            // A trailing partial sample frame (an odd byte in a 16-bit chunk) is not a sample.
            wanted = Math.Min(wanted, _remaining - (_remaining % _blockAlign));
        }

        if (wanted == 0)
        {
            _ended = true;
            return 0;
        }

        if (_buffer.Length < wanted)
        {
            _buffer = new byte[wanted];
        }

        var bytes = _buffer.AsSpan(0, (int)wanted);
        var got = _stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        _dataRead += got;
        if (_remaining >= 0)
        {
            _remaining -= got;
            if (got < bytes.Length)
            {
                throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"data chunk says {DataBytes:N0} bytes but the stream ended after {_dataRead:N0}; the file is truncated or its header lies"));
            }
        }
        else if (got < bytes.Length)
        {
            _ended = true;
        }

        var blocks = got / _blockAlign;
        Decode(bytes[..(blocks * _blockAlign)], interleaved[..(blocks * _channels)]);
        return blocks * _channels;
    }

    /// <summary>Disposes the stream unless the reader was created to leave it open.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private void Decode(ReadOnlySpan<byte> bytes, Span<short> samples)
    {
        switch (Format.Encoding)
        {
            case AudioEncoding.Pcm16 when BitConverter.IsLittleEndian:
                MemoryMarshal.Cast<byte, short>(bytes).CopyTo(samples);
                break;
            case AudioEncoding.Pcm16:
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes[(2 * i)..]);
                }

                break;
            case AudioEncoding.Pcm8:
                // 8-bit WAV is unsigned with 128 as zero; scaled to 16 bits by the high byte (−32,768 to 32,512).
                unchecked
                {
                    for (var i = 0; i < samples.Length; i++)
                    {
                        samples[i] = (short)((bytes[i] - 128) << 8);
                    }
                }

                break;
            case AudioEncoding.MuLaw:
                G711.DecodeMuLaw(bytes, samples);
                break;
            default:
                G711.DecodeALaw(bytes, samples);
                break;
        }
    }

    private (AudioFormat Format, int Tag, int Bits, int BlockAlign, long? DataBytes) ReadHeader(bool lengthMayBeUnknown)
    {
        var fileBytes = _stream.CanSeek ? _stream.Length - _stream.Position : -1;
        if (fileBytes is >= 0 and < MinimumHeaderBytes)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                $"file is {fileBytes:N0} bytes; a WAV header needs at least {MinimumHeaderBytes}"));
        }

        Span<byte> riff = stackalloc byte[12];
        if (ReadFully(riff) < riff.Length)
        {
            throw EndedInHeader();
        }

        CheckSignature(riff);

        (AudioFormat Format, int Tag, int Bits, int BlockAlign)? format = null;
        var seen = new List<string>();
        Span<byte> header = stackalloc byte[8];
        while (true)
        {
            var got = ReadFully(header);
            if (got < header.Length)
            {
                if (_position < MinimumHeaderBytes)
                {
                    throw EndedInHeader();
                }

                var found = seen.Count == 0 ? "none" : string.Join(", ", seen);
                throw new AudioFormatException(format is null
                    ? $"no fmt chunk: the file ends without one (chunks found: {found})"
                    : $"no data chunk: the file ends without one (chunks found: {found})");
            }

            var id = ChunkName(header[..4]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            seen.Add(id);
            if (id == "data")
            {
                if (format is not { } f)
                {
                    throw new AudioFormatException("no fmt chunk before the data chunk: the format of the samples is unknown");
                }

                var dataBytes = DataSize(size, f.BlockAlign, lengthMayBeUnknown);
                return (f.Format, f.Tag, f.Bits, f.BlockAlign, dataBytes);
            }

            CheckFits(id, size);
            if (id == "fmt" && format is null)
            {
                format = ReadFmt(size);
            }
            else
            {
                Skip(id, size + (size & 1));
            }
        }
    }

    private long? DataSize(uint size, int blockAlign, bool lengthMayBeUnknown)
    {
        if (lengthMayBeUnknown && size is 0 or uint.MaxValue)
        {
            return null;
        }

        var left = Remaining();
        if (size < blockAlign)
        {
            throw new AudioFormatException(left > 0
                ? string.Create(CultureInfo.InvariantCulture,
                    $"the data chunk holds no samples (its size is {size:N0} bytes, though {left:N0} bytes follow: the recorder may not have finished the header)")
                : "the data chunk holds no samples");
        }

        CheckFits("data", size);
        return size;
    }

    private (AudioFormat Format, int Tag, int Bits, int BlockAlign) ReadFmt(uint size)
    {
        if (size < 16)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture, $"fmt chunk is {size} bytes; it needs at least 16"));
        }

        if (size > MaximumFmtBytes)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                $"fmt chunk says {size:N0} bytes; a fmt chunk is at most {MaximumFmtBytes:N0}, so the header is corrupt"));
        }

        var fmt = new byte[size + (size & 1)];
        var got = ReadFully(fmt);
        if (got < size)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                $"fmt chunk says {size:N0} bytes but the stream ended after {got:N0}; the file is truncated or its header lies"));
        }

        var tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(2));
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(fmt.AsSpan(4));
        var blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(12));
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(14));

        int codecTag = tag;
        var extensible = tag == WavFormatTags.Extensible;
        if (extensible)
        {
            if (size < 40)
            {
                throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"fmt chunk is {size} bytes; WAVE_FORMAT_EXTENSIBLE needs at least 40"));
            }

            var guid = fmt.AsSpan(24, 16);
            if (!guid[2..].SequenceEqual(SubtypeGuidTail))
            {
                var codec = $"WAVE_FORMAT_EXTENSIBLE subformat {new Guid(guid)}";
                throw new AudioFormatException(WavFormatTags.NotNative(codec), codec);
            }

            codecTag = BinaryPrimitives.ReadUInt16LittleEndian(guid);
        }

        var suffix = extensible ? ", WAVE_FORMAT_EXTENSIBLE" : "";
        var (encoding, name) = Classify(codecTag, bits, suffix);

        if (channels == 0)
        {
            throw new AudioFormatException("the fmt chunk says 0 channels");
        }

        if (channels > MaximumChannels)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                $"the fmt chunk says {channels} channels; at most {MaximumChannels} are read, so the header is likely corrupt"));
        }

        if (sampleRate is < MinimumSampleRate or > MaximumSampleRate)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                $"sample rate {sampleRate:N0} Hz is out of range; {MinimumSampleRate:N0} to {MaximumSampleRate:N0} Hz are read"));
        }

        var expectedAlign = channels * (bits / 8);
        if (blockAlign != expectedAlign)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                $"block align {blockAlign} is inconsistent with {channels} channels of {bits} bits (expected {expectedAlign})"));
        }

        return (new AudioFormat((int)sampleRate, channels, encoding, name), tag, bits, blockAlign);
    }

    private static (AudioEncoding Encoding, string Name) Classify(int tag, int bits, string suffix)
    {
        switch (tag)
        {
            case WavFormatTags.Pcm when bits == 8:
                return (AudioEncoding.Pcm8, "PCM 8-bit" + suffix);
            case WavFormatTags.Pcm when bits == 16:
                return (AudioEncoding.Pcm16, "PCM 16-bit" + suffix);
            case WavFormatTags.Pcm when bits is 24 or 32:
                // Well-formed, just deeper than telephony needs: ffmpeg reduces it to 16 bits.
                var codec = string.Create(CultureInfo.InvariantCulture, $"format tag 0x0001 (PCM {bits}-bit)");
                throw new AudioFormatException(WavFormatTags.NotNative(codec), codec);
            case WavFormatTags.Pcm:
                throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"bit depth {bits} is out of range for PCM; 8 and 16 bits are read (24 and 32 through ffmpeg)"));
            case WavFormatTags.ALaw or WavFormatTags.MuLaw when bits != 8:
                throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"bit depth {bits} is out of range for {WavFormatTags.Name(tag)}; G.711 has 8 bits per sample"));
            case WavFormatTags.ALaw:
                return (AudioEncoding.ALaw, "G.711 A-law" + suffix);
            case WavFormatTags.MuLaw:
                return (AudioEncoding.MuLaw, "G.711 mu-law" + suffix);
            default:
                var other = WavFormatTags.Describe(tag);
                throw new AudioFormatException(WavFormatTags.NotNative(other), other);
        }
    }

    private static void CheckSignature(ReadOnlySpan<byte> riff)
    {
        var magic = riff[..4];
        var type = riff[8..12];
        if (magic.SequenceEqual("RIFF"u8) && type.SequenceEqual("WAVE"u8))
        {
            return;
        }

        if (magic.SequenceEqual("RF64"u8) || magic.SequenceEqual("BW64"u8))
        {
            const string codec = "RF64 (64-bit WAV)";
            throw new AudioFormatException(WavFormatTags.NotNative(codec), codec);
        }

        if (magic.SequenceEqual("RIFX"u8))
        {
            const string codec = "RIFX (big-endian WAV)";
            throw new AudioFormatException(WavFormatTags.NotNative(codec), codec);
        }

        if (magic.SequenceEqual("RIFF"u8))
        {
            throw new AudioFormatException($"not a WAV file: a RIFF file of type '{ChunkName(type)}', not 'WAVE'");
        }

        var kind = "";
        if (magic[..3].SequenceEqual("ID3"u8) || (magic[0] == 0xFF && (magic[1] & 0xE0) == 0xE0))
        {
            kind = " (an MP3 file)";
        }
        else if (magic.SequenceEqual("fLaC"u8))
        {
            kind = " (a FLAC file)";
        }
        else if (magic.SequenceEqual("OggS"u8))
        {
            kind = " (an Ogg file)";
        }

        throw new AudioFormatException($"not a WAV file: it starts with '{ChunkName(magic)}'{kind} instead of 'RIFF'");
    }

    /// <summary>Throws when a chunk claims more bytes than a seekable stream holds.</summary>
    private void CheckFits(string id, uint size)
    {
        var left = Remaining();
        if (left >= 0 && size > left)
        {
            throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                $"{id} chunk says {size:N0} bytes but only {left:N0} remain; the file is truncated or its header lies"));
        }
    }

    private void Skip(string id, long bytes)
    {
        if (_stream.CanSeek)
        {
            // CheckFits allowed for the size; a missing pad byte at the very end is tolerated.
            var step = Math.Min(bytes, Remaining());
            _stream.Seek(step, SeekOrigin.Current);
            _position += step;
            return;
        }

        Span<byte> scratch = stackalloc byte[4096];
        var left = bytes;
        while (left > 0)
        {
            var got = ReadFully(scratch[..(int)Math.Min(scratch.Length, left)]);
            left -= got;
            if (got == 0)
            {
                // Tolerate only the missing pad byte of a last chunk.
                if (left > 1 || (bytes & 1) == 0)
                {
                    throw new AudioFormatException(string.Create(CultureInfo.InvariantCulture,
                        $"{id} chunk says {bytes:N0} bytes but the stream ended after {bytes - left:N0}; the file is truncated or its header lies"));
                }

                return;
            }
        }
    }

    private int ReadFully(Span<byte> buffer)
    {
        var got = _stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        _position += got;
        return got;
    }

    /// <summary>Bytes left in a seekable stream; −1 when the stream cannot tell.</summary>
    private long Remaining() => _stream.CanSeek ? Math.Max(0, _stream.Length - _stream.Position) : -1;

    private AudioFormatException EndedInHeader() => new(string.Create(CultureInfo.InvariantCulture,
        $"the stream ended after {_position:N0} bytes; a WAV header needs at least {MinimumHeaderBytes}"));

    /// <summary>A chunk id or signature as text: printable ASCII without trailing spaces ("fmt "), otherwise hex.</summary>
    private static string ChunkName(ReadOnlySpan<byte> id)
    {
        foreach (var b in id)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return Convert.ToHexString(id);
            }
        }

        return Encoding.ASCII.GetString(id).TrimEnd(' ');
    }
}
