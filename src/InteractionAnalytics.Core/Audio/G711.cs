namespace InteractionAnalytics.Core.Audio;

/// <summary>
/// ITU-T G.711 decoding: an 8-bit mu-law or A-law code to a 16-bit linear sample, by 256-entry tables computed once
/// from the standard's decoding rule (the same values as the reference g711.c and ffmpeg's decoders). Thread-safe.
/// </summary>
/// <remarks>
/// Mu-law codes are stored inverted, and bit 7 clear means negative: 0x00 is −32,124, 0x80 is +32,124, and 0xFF and
/// 0x7F are both 0. A-law codes are stored with their even bits inverted (XOR 0x55), and bit 7 set means positive:
/// 0xD5 is +8, 0x55 is −8, 0xAA is +32,256 and 0x2A is −32,256 (A-law has no zero code). Mu-law spans ±32,124 and
/// A-law ±32,256.
/// </remarks>
public static class G711
{
    private static readonly short[] MuLawTable = BuildMuLaw();
    private static readonly short[] ALawTable = BuildALaw();

    /// <summary>The 16-bit linear sample a mu-law code stands for, from −32,124 to 32,124.</summary>
    public static short MuLawToLinear(byte code) => MuLawTable[code];

    /// <summary>The 16-bit linear sample an A-law code stands for, from −32,256 to 32,256.</summary>
    public static short ALawToLinear(byte code) => ALawTable[code];

    /// <summary>Decodes mu-law codes to linear samples; <paramref name="destination"/> must be at least as long as <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static void DecodeMuLaw(ReadOnlySpan<byte> source, Span<short> destination) => Decode(source, destination, MuLawTable);

    /// <summary>Decodes A-law codes to linear samples; <paramref name="destination"/> must be at least as long as <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static void DecodeALaw(ReadOnlySpan<byte> source, Span<short> destination) => Decode(source, destination, ALawTable);

    private static void Decode(ReadOnlySpan<byte> source, Span<short> destination, short[] table)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
        }

        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = table[source[i]];
        }
    }

    private static short[] BuildMuLaw()
    {
        // G.711 §2: invert the code; sign, 3-bit segment, 4-bit step; the bias of 0x84 (132) makes segments meet.
        var table = new short[256];
        for (var code = 0; code < 256; code++)
        {
            var u = ~code & 0xFF;
            var segment = (u >> 4) & 0x07;
            var step = u & 0x0F;
            var magnitude = (((step << 3) + 0x84) << segment) - 0x84;
            table[code] = (short)((u & 0x80) != 0 ? -magnitude : magnitude);
        }

        return table;
    }

    private static short[] BuildALaw()
    {
        // G.711 §3: even bits inverted (XOR 0x55); segment 0 is linear, each further segment doubles the step.
        var table = new short[256];
        for (var code = 0; code < 256; code++)
        {
            var a = code ^ 0x55;
            var segment = (a >> 4) & 0x07;
            var step = (a & 0x0F) << 4;
            var magnitude = segment == 0 ? step + 8 : (step + 0x108) << (segment - 1);
            table[code] = (short)((a & 0x80) != 0 ? magnitude : -magnitude);
        }

        return table;
    }

    /// <summary>
    /// Encodes a 16-bit linear sample as mu-law, the G.711 rule (bias 0x84, clip at 32,635). Decoding the result gives
    /// back the sample within the segment's quantisation step. For writing test and benchmark recordings; ingest only decodes.
    /// </summary>
    public static byte LinearToMuLaw(short sample)
    {
        int s = sample;
        var sign = (s >> 8) & 0x80;
        if (sign != 0)
        {
            s = -s;
        }

        s = Math.Min(s, 32635) + 0x84;
        var exponent = 7;
        for (var mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }

        var mantissa = (s >> (exponent + 3)) & 0x0F;
        return unchecked((byte)(~(sign | (exponent << 4) | mantissa) & 0xFF));
    }

    /// <summary>Encodes a 16-bit linear sample as A-law, the G.711 rule on its top 13 bits. For writing test and benchmark recordings.</summary>
    public static byte LinearToALaw(short sample)
    {
        var s = sample >> 3;
        int mask;
        if (s >= 0)
        {
            mask = 0xD5;
        }
        else
        {
            mask = 0x55;
            s = -s - 1;
        }

        var segment = 0;
        while (segment < 8 && s > ((0x20 << segment) - 1))
        {
            segment++;
        }

        if (segment >= 8)
        {
            return unchecked((byte)(0x7F ^ mask));
        }

        var value = (segment << 4) | ((segment < 2 ? s >> 1 : s >> segment) & 0x0F);
        return unchecked((byte)(value ^ mask));
    }
}
