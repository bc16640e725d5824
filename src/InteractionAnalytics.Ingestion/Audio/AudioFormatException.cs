namespace InteractionAnalytics.Ingestion.Audio;

/// <summary>An audio file cannot be read; the message says why (docs/audio.md, "Rejection reasons").</summary>
public sealed class AudioFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AudioFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public AudioFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AudioFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a well-formed file whose codec is not read natively.</summary>
    /// <param name="message">Why the file cannot be read.</param>
    /// <param name="unsupportedCodec">The codec, e.g. "format tag 0x0055 (MPEG Layer 3)".</param>
    public AudioFormatException(string message, string unsupportedCodec)
        : base(message)
    {
        UnsupportedCodec = unsupportedCodec;
    }

    /// <summary>
    /// The codec, e.g. "format tag 0x0055 (MPEG Layer 3)", when the only problem is that it is not read natively, so an
    /// external decoder (ffmpeg) could read the file; <see langword="null"/> for every other problem.
    /// </summary>
    public string? UnsupportedCodec { get; }
}
