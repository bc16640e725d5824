using System.Globalization;

namespace InteractionAnalytics.Ingestion.Audio;

/// <summary>WAVE format tags (the <c>wFormatTag</c> of a fmt chunk, Microsoft mmreg.h) and their names, for messages.</summary>
internal static class WavFormatTags
{
    public const int Pcm = 0x0001;
    public const int ALaw = 0x0006;
    public const int MuLaw = 0x0007;
    public const int Extensible = 0xFFFE;

    /// <summary>The advice that ends every "not read natively" message.</summary>
    public const string InstallFfmpeg = "install ffmpeg (Debian: apt-get install ffmpeg) to read it";

    /// <summary>The name of a format tag, e.g. "MPEG Layer 3" for 0x0055; "unknown codec" for tags not listed.</summary>
    public static string Name(int tag) => tag switch
    {
        0x0001 => "PCM",
        0x0002 => "MS ADPCM",
        0x0003 => "IEEE float",
        0x0006 => "A-law",
        0x0007 => "mu-law",
        0x0011 => "IMA ADPCM",
        0x0022 => "DSP Group TrueSpeech",
        0x0031 => "GSM 6.10",
        0x0040 => "G.721 ADPCM",
        0x0050 => "MPEG",
        0x0055 => "MPEG Layer 3",
        0x0064 => "G.726 ADPCM",
        0x0065 => "G.722 ADPCM",
        0xFFFE => "WAVE_FORMAT_EXTENSIBLE",
        _ => "unknown codec",
    };

    /// <summary>The tag as messages show it, e.g. "format tag 0x0055 (MPEG Layer 3)".</summary>
    public static string Describe(int tag) => string.Create(CultureInfo.InvariantCulture, $"format tag 0x{tag:X4} ({Name(tag)})");

    /// <summary>
    /// The message for a codec that is not read natively, e.g. "format tag 0x0055 (MPEG Layer 3) is not read natively;
    /// install ffmpeg …".
    /// </summary>
    public static string NotNative(string codec) => $"{codec} is not read natively; {InstallFfmpeg}";
}
