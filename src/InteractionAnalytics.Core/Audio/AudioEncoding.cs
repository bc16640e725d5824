namespace InteractionAnalytics.Core.Audio;

/// <summary>How a recording's samples were stored, before they were decoded to 16-bit linear samples for measuring.</summary>
public enum AudioEncoding
{
    /// <summary>Linear PCM, 8 bits per sample, unsigned (128 is zero), as WAV stores 8-bit audio.</summary>
    Pcm8,

    /// <summary>Linear PCM, 16 bits per sample, signed little-endian.</summary>
    Pcm16,

    /// <summary>ITU-T G.711 mu-law, 8 bits per sample (North American and Japanese telephony).</summary>
    MuLaw,

    /// <summary>ITU-T G.711 A-law, 8 bits per sample (European telephony).</summary>
    ALaw,

    /// <summary>
    /// A codec not read natively (ADPCM, GSM 6.10, MP3, IEEE float, PCM of other depths…) that an external decoder (ffmpeg)
    /// turned into 16-bit PCM; <see cref="AudioFormat.Codec"/> names the original codec.
    /// </summary>
    ExternalDecoder,
}
